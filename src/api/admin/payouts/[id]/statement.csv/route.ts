import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPayoutStatement } from "../../../../payout-statement"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await sendPayoutStatement(req.scope, req.params.id, res)
}
