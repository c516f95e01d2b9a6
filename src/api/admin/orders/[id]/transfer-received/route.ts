import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recordTransferReceivedWorkflow } from "../../../../../workflows/record-transfer-received"

/**
 * "Transfer received": staff saw the buyer's money arrive. Captures the
 * order's bank-transfer payment (Medusa's capture workflow); 400 when the
 * order is not awaiting a transfer (already paid, cancelled, a card), 404
 * for an unknown order.
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { result } = await recordTransferReceivedWorkflow(req.scope).run({
    input: { order_id: req.params.id, received_by: req.auth_context.actor_id },
  })
  res.json({ order_id: req.params.id, ...result })
}
