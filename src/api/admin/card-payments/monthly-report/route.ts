import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCardReport } from "../../../card-report"
import type { AdminCardReportParamsType } from "./validators"

/** GET /admin/card-payments/monthly-report?month=YYYY-MM: per currency and per order, in minor units. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminCardReportParamsType>, res: MedusaResponse) => {
  const { month } = req.validatedQuery
  res.json({ month, ...(await loadCardReport(req.scope, month)) })
}
