import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPayoutStatement } from "../../../../payout-statement"

/** The statement of one of the caller's paid payouts; any other payout answers 404. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { cooperative_id } = res.locals.coordinator as { cooperative_id: string }
  await sendPayoutStatement(req.scope, req.params.id, res, { cooperative_id, status: "paid" })
}
