import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLedgerCheckResponse } from "@cis/contract/ledger-check-response"
import { checkLedgerWorkflow } from "../../../workflows/check-ledger"
import type { AdminLedgerCheckParamsType } from "./validators"

/**
 * Proves the books against themselves and against Medusa for the orders
 * placed in the range: `ok` is true when nothing disagrees; otherwise each
 * problem and each order's disagreement is named with its size (minor units).
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminLedgerCheckParamsType>, res: MedusaResponse<AdminLedgerCheckResponse>) => {
  const { from, to } = req.validatedQuery
  const { result } = await checkLedgerWorkflow(req.scope).run({ input: { from: from.toISOString(), to: to.toISOString() } })
  res.json(result)
}
