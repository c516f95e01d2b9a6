import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPayoutResponse } from "@cis/contract/payout-response"
import { asJson } from "@cis/contract/json-date"
import { markPayoutPaidWorkflow } from "../../../../../workflows/mark-payout-paid"
import type { AdminMarkPayoutPaidType } from "../../validators"

export const POST = async (req: AuthenticatedMedusaRequest<AdminMarkPayoutPaidType>, res: MedusaResponse<AdminPayoutResponse>) => {
  const { result } = await markPayoutPaidWorkflow(req.scope).run({
    input: { id: req.params.id, to: "paid", ...req.validatedBody, created_by: req.auth_context.actor_id },
  })
  res.json({ payout: asJson(result) })
}
