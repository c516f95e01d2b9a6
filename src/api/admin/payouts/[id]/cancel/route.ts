import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPayoutResponse } from "@cis/contract/payout-response"
import { asJson } from "@cis/contract/json-date"
import { cancelPayoutWorkflow } from "../../../../../workflows/cancel-payout"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPayoutResponse>) => {
  const { result } = await cancelPayoutWorkflow(req.scope).run({ input: { id: req.params.id, to: "cancelled" } })
  res.json({ payout: asJson(result) })
}
