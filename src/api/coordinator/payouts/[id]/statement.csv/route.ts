import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { sendPayoutStatement } from "../../../../payout-statement"
import type { CoordinatorStatementQueryType } from "../../../validators"

/**
 * The statement of one of the caller's paid payouts; any other payout answers 404.
 * In Spanish unless the portal asks for English: coordinators read it in Spanish.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CoordinatorStatementQueryType>, res: MedusaResponse) => {
  const { cooperative_id } = res.locals.coordinator as { cooperative_id: string }
  await sendPayoutStatement(req.scope, req.params.id, res, { cooperative_id, status: "paid" }, req.validatedQuery.lang ?? "es")
}
