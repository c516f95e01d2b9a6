import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { decimal, toCsv, type CsvCell } from "../lib/csv"
import { fromMinorUnits } from "@cis/contract/currency"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"

const HEADER = ["order", "order_date", "entry_date", "type", "product", "cooperative", "currency", "base", "share_percent", "amount", "reason"]

/**
 * The statement a Spanish-speaking coordinator opens: the same columns and
 * figures (dot decimals, so a spreadsheet reads them the same way), headed
 * and worded in Spanish.
 */
const SPANISH = {
  header: ["pedido", "fecha_pedido", "fecha_movimiento", "tipo", "producto", "cooperativa", "moneda", "base", "porcentaje", "monto", "motivo"],
  types: { sale: "venta", reversal: "reversión", adjustment: "ajuste", fee: "comisión", payout: "pago", advance: "anticipo" } as Record<string, string>,
  total: "total",
}

export type StatementLanguage = "en" | "es"

/** "payout-statement-las-flores-2026-12-01.csv" / "liquidacion-las-flores-2026-12-01.csv": who and when, never an internal id. */
export function statementFilename(language: StatementLanguage, cooperativeHandle: string | undefined, day: string) {
  const who = (cooperativeHandle ?? "cooperative").replace(/[^a-z0-9-]/gi, "") || "cooperative"
  return `${language === "es" ? "liquidacion" : "payout-statement"}-${who}-${day}.csv`
}

const day = (date: Date | string | null | undefined) => (date ? new Date(date).toISOString().slice(0, 10) : null)

/**
 * One row per entry the payout settles, oldest first, then a total row: what
 * staff attach to the transfer and what the cooperative checks it against.
 * Amounts in major units of the payout's currency. `onlyOf` narrows it to
 * one cooperative's payouts in one status (the coordinator portal's view):
 * anything else answers 404 like an unknown id.
 */
export async function sendPayoutStatement(
  scope: MedusaContainer,
  payoutId: string,
  res: MedusaResponse,
  onlyOf?: { cooperative_id: string; status: string },
  language: StatementLanguage = "en"
) {
  const cooperatives: CooperativeModuleService = scope.resolve(COOPERATIVE_MODULE)
  const ledger: LedgerModuleService = scope.resolve(LEDGER_MODULE)
  const [payout] = await ledger.listPayouts({ id: payoutId, ...(onlyOf ?? {}) }, { take: 1 })
  if (!payout) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout with id: ${payoutId} was not found`)
  // The payout's own settling row is the payment, not something it pays for.
  const entries = (await ledger.listLedgerEntries({ payout_id: payout.id }, { order: { created_at: "ASC", id: "ASC" } })).filter(
    (entry) => !(entry.type === "payout" && entry.source_line_id === payout.id)
  )
  const [cooperative] = await cooperatives.listCooperatives({ id: payout.cooperative_id }, { select: ["name", "handle"], withDeleted: true })

  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const orderIds = [...new Set(entries.map((e) => e.order_id).filter((id): id is string => Boolean(id)))]
  const productIds = [...new Set(entries.map((e) => e.product_id).filter((id): id is string => Boolean(id)))]
  const [{ data: orders }, { data: products }] = await Promise.all([
    orderIds.length ? query.graph({ entity: "order", fields: ["id", "display_id", "created_at"], filters: { id: orderIds } }) : { data: [] },
    productIds.length ? query.graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds }, withDeleted: true }) : { data: [] },
  ])
  const orderOf = new Map((orders as { id: string; display_id: number; created_at: Date }[]).map((o) => [o.id, o]))
  const titleOf = new Map((products as { id: string; title: string }[]).map((p) => [p.id, p.title]))
  const money = (minor: number) => decimal(fromMinorUnits(minor, payout.currency_code))

  const rows: CsvCell[][] = entries.map((entry) => {
    const order = entry.order_id ? orderOf.get(entry.order_id) : undefined
    return [
      order ? `#${order.display_id}` : null,
      day(order?.created_at),
      day(entry.created_at),
      language === "es" ? SPANISH.types[entry.type] ?? entry.type : entry.type,
      entry.product_id ? titleOf.get(entry.product_id) ?? entry.product_id : null,
      cooperative?.name ?? payout.cooperative_id,
      payout.currency_code.toUpperCase(),
      money(entry.base_amount),
      decimal((entry.share_bps / 100).toFixed(2)),
      money(entry.amount),
      entry.reason,
    ]
  })
  rows.push([language === "es" ? SPANISH.total : "total", null, null, null, null, cooperative?.name ?? payout.cooperative_id, payout.currency_code.toUpperCase(), null, null, money(payout.amount), null])

  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  const payoutDay = day(payout.paid_at ?? payout.created_at) ?? "undated"
  res.setHeader("Content-Disposition", `attachment; filename="${statementFilename(language, cooperative?.handle, payoutDay)}"`)
  res.send(toCsv(language === "es" ? SPANISH.header : HEADER, rows))
}
