import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelPayoutWorkflow } from "../../../../../workflows/cancel-payout"

export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await cancelPayoutWorkflow(req.scope).run({ input: { id: req.params.id, to: "cancelled" } })
  res.json({ payout: result })
}
