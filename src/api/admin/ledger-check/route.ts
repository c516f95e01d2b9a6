import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

/** Runs the ledger's invariant checks; `ok` is true when every one finds nothing. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const problems = await cooperatives.ledgerProblems()
  res.json({ ok: problems.length === 0, checked_at: new Date().toISOString(), problems })
}
