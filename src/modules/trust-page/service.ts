import { MedusaService } from "@medusajs/framework/utils"
import TrustPage from "./models/trust-page"

/** The shop's trust pages, one row per page and language. */
class TrustPageModuleService extends MedusaService({ TrustPage }) {}

export default TrustPageModuleService
