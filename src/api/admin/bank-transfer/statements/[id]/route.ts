import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { statementView } from "../statement-view"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ statement: await statementView(req.scope, req.params.id) })
}
