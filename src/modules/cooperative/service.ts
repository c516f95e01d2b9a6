import { MedusaService } from "@medusajs/framework/utils"
import Cooperative from "./models/cooperative"
import Coordinator from "./models/coordinator"
import StockChange from "./models/stock-change"
import CraftOrigin from "./models/craft-origin"

/**
 * Cooperatives, their coordinators (and invites), the stock changes they
 * make and the craft origin of their products. Money lives in the ledger
 * module, joined to cooperatives by read-only links.
 */
class CooperativeModuleService extends MedusaService({ Cooperative, CraftOrigin, Coordinator, StockChange }) {}

export default CooperativeModuleService
