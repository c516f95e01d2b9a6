import { ModuleProvider, Modules } from "@medusajs/framework/utils"
// Medusa's own Redis locking loader (the Redis connection from the provider's `redisUrl`).
import redisLockingLoader from "@medusajs/locking-redis/dist/loaders"
import LeasedRedisLockingProvider from "./service"

export default ModuleProvider(Modules.LOCKING, { services: [LeasedRedisLockingProvider], loaders: [redisLockingLoader] })
