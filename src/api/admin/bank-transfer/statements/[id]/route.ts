import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminStatementResponse } from "@cis/contract/bank-transfer-response"
import { statementView } from "../statement-view"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminStatementResponse>) => {
  res.json({ statement: await statementView(req.scope, req.params.id) })
}
