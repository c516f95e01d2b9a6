import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decimal, toCsv } from "../../../../lib/csv"
import { fromMinorUnits } from "../../../../lib/currency"
import { COOPERATIVE_MODULE } from "../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../modules/cooperative/service"
import { monthRange, type AdminMonthParamsType } from "../../month-params"

const HEADER = [
  "month",
  "cooperative",
  "currency",
  "orders",
  "sales_base",
  "cooperative_sales",
  "cooperative_reversals",
  "cooperative_adjustments",
  "cooperative_net",
  "community_fund_net",
  "cis_operations_net",
  "paid_out",
  "payouts",
]

/** A month's ledger per cooperative and currency (UTC month), amounts in major units. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminMonthParamsType>, res: MedusaResponse) => {
  const { month } = req.validatedQuery
  const { from, to } = monthRange(month)
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const summary = await cooperatives.monthlySummary({ from, to })
  const rows = summary.map((row) => {
    const money = (minor: number) => decimal(fromMinorUnits(minor, row.currency_code))
    return [
      month,
      row.cooperative_name ?? "CIS operations (shipping, unassigned products, card fees)",
      row.currency_code.toUpperCase(),
      row.orders,
      money(row.sales_base),
      money(row.cooperative_sales),
      money(row.cooperative_reversals),
      money(row.cooperative_adjustments),
      money(row.cooperative_sales + row.cooperative_reversals + row.cooperative_adjustments),
      money(row.community_fund),
      money(row.cis_operations),
      money(row.paid_out),
      row.payouts,
    ]
  })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="ledger-summary-${month}.csv"`)
  res.send(toCsv(HEADER, rows))
}
