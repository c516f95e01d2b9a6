import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** What the caller's cooperative has earned, had taken back, been paid and is owed, per currency (minor units). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { cooperative_id } = res.locals.coordinator as { cooperative_id: string }
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  res.json({ balances: await cooperatives.cooperativeBalances(cooperative_id) })
}
