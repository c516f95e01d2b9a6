import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decimal, toCsv } from "../../../../lib/csv"
import { fromMinorUnits } from "@cis/contract/currency"
import { loadCardReport } from "../load-card-report"
import type { AdminMonthParamsType } from "../../month-params"

const HEADER = ["month", "order", "order_id", "currency", "gross", "refunds", "fees", "net"]

/** The same report as a spreadsheet: one row per order and currency, then one total row per currency. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminMonthParamsType>, res: MedusaResponse) => {
  const { month } = req.validatedQuery
  const report = await loadCardReport(req.scope, month)
  const amounts = (row: { currency_code: string; gross: number; refunds: number; fees: number; net: number }) =>
    [row.gross, row.refunds, row.fees, row.net].map((minor) => decimal(fromMinorUnits(minor, row.currency_code)))
  const rows = [
    ...report.orders.map((row) => [month, row.display_id === null ? "" : `#${row.display_id}`, row.order_id ?? "", row.currency_code.toUpperCase(), ...amounts(row)]),
    ...report.totals.map((total) => [month, `Total (${total.orders} orders)`, "", total.currency_code.toUpperCase(), ...amounts(total)]),
  ]
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="card-payments-${month}.csv"`)
  res.send(toCsv(HEADER, rows))
}
