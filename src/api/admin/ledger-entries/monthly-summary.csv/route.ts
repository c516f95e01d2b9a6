import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { decimal, toCsv } from "../../../../lib/csv"
import { fromMinorUnits } from "@cis/contract/currency"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type LedgerModuleService from "../../../../modules/ledger/service"
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
  "cooperative_advances",
  "cooperative_net",
  "cooperative_pending",
  "community_fund_net",
  "cis_operations_net",
  "tax_payable",
  "card_fees",
  "paid_out",
  "payouts",
]

/** A month's ledger per cooperative and currency (UTC month), amounts in major units; payable unless named pending. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminMonthParamsType>, res: MedusaResponse) => {
  const { month } = req.validatedQuery
  const { from, to } = monthRange(month)
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const summary = await ledger.monthlySummary({ from, to })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const cooperativeIds = [...new Set(summary.map((row) => row.cooperative_id).filter((id): id is string => Boolean(id)))]
  const { data: names } = cooperativeIds.length
    ? await query.graph({ entity: "cooperative", fields: ["id", "name"], filters: { id: cooperativeIds }, withDeleted: true })
    : { data: [] }
  const nameOf = new Map((names as { id: string; name: string }[]).map((c) => [c.id, c.name]))
  const label = (row: { cooperative_id: string | null }) =>
    row.cooperative_id ? nameOf.get(row.cooperative_id) ?? row.cooperative_id : "CIS operations (shipping, unassigned products, card fees)"
  // Cooperatives by name, then the CIS-only row last, as staff read it.
  summary.sort((a, b) => Number(!a.cooperative_id) - Number(!b.cooperative_id) || label(a).localeCompare(label(b)) || a.currency_code.localeCompare(b.currency_code))
  const rows = summary.map((row) => {
    const money = (minor: number) => decimal(fromMinorUnits(minor, row.currency_code))
    return [
      month,
      label(row),
      row.currency_code.toUpperCase(),
      row.orders,
      money(row.sales_base),
      money(row.cooperative_sales),
      money(row.cooperative_reversals),
      money(row.cooperative_adjustments),
      money(row.cooperative_advances),
      money(row.cooperative_sales + row.cooperative_reversals + row.cooperative_adjustments),
      money(row.cooperative_pending),
      money(row.community_fund),
      money(row.cis_operations),
      money(row.tax_payable),
      money(row.card_fees),
      money(row.paid_out),
      row.payouts,
    ]
  })
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="ledger-summary-${month}.csv"`)
  res.send(toCsv(HEADER, rows))
}
