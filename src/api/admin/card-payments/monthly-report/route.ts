import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { loadCardReport } from "../load-card-report"
import type { AdminMonthParamsType } from "../../month-params"

/** GET /admin/card-payments/monthly-report?month=YYYY-MM: per currency and per order, in minor units. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminMonthParamsType>, res: MedusaResponse) => {
  const { month } = req.validatedQuery
  res.json({ month, ...(await loadCardReport(req.scope, month)) })
}
