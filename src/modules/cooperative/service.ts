import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import Cooperative from "./models/cooperative"
import Coordinator from "./models/coordinator"
import StockChange from "./models/stock-change"
import CraftOrigin from "./models/craft-origin"

/**
 * Cooperatives, their coordinators (and invites), the stock changes they
 * make and the craft origin of their products. Money lives in the ledger
 * module, joined to cooperatives by read-only links.
 */
class CooperativeModuleService extends MedusaService({ Cooperative, CraftOrigin, Coordinator, StockChange }) {
  /** How many cooperatives are active: one statement (listAndCount sends a page query and a count). */
  @InjectManager()
  async countActiveCooperatives(@MedusaContext() sharedContext: Context = {}): Promise<number> {
    const manager = sharedContext.manager as SqlEntityManager
    const [{ count }]: { count: number }[] = await manager.execute(
      `SELECT count(*)::int AS count FROM cooperative WHERE status = 'active' AND deleted_at IS NULL`
    )
    return count
  }
}

export default CooperativeModuleService
