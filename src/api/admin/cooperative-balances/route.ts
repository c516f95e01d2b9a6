import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** Every cooperative's balances per currency, in minor units: the payouts page's table in one request. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  res.json({ balances: await cooperatives.allCooperativeBalances() })
}
