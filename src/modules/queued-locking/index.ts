import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import QueuedLockingProvider from "./service"

export default ModuleProvider(Modules.LOCKING, { services: [QueuedLockingProvider] })
