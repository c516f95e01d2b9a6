import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/**
 * The store-wide community fund share, so the product page can show where a
 * price goes with the same rule the ledger applies (cooperative shares come
 * with each product's cooperative).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  res.json({ community_fund_bps: await cooperatives.getCommunityFundBps() })
}
