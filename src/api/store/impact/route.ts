import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreImpactResponse } from "@cis/contract/impact-response"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

/**
 * What buyers' money has done, in total: per currency, what reached the
 * cooperatives (paid and still owed) and the community fund, with the number
 * of active cooperatives and of orders. Amounts in minor units; no order's figures.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreImpactResponse>) => {
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  // One statement each (the store's budget is 2 per request), side by side.
  const [active, { totals, orders }] = await Promise.all([cooperatives.countActiveCooperatives(), ledger.impactFigures()])
  res.json({ impact: { totals, cooperatives: active, orders } })
}
