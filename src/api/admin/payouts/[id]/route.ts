import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../modules/cooperative/service"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [payout] = await cooperatives.listPayouts({ id: req.params.id }, { take: 1 })
  if (!payout) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout with id: ${req.params.id} was not found`)
  res.json({ payout })
}
