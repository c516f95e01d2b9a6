/**
 * Compares one order's recorded books with Medusa's own figures for it.
 * Pure: the caller reads the order (captures, refunds, tax, lines) and its
 * ledger rows. Each disagreement is named with its size, in minor units.
 */
import type { LedgerDisagreement } from "@cis/contract/ledger-check-response"
import { booksCorrections, type RecordedBooksRow } from "./books-diff"
import { booksKey, type BooksRow } from "./order-books"

export interface MedusaOrderFigures {
  order_id: string
  display_id: number
  currency_code: string
  canceled: boolean
  /** Captured and refunded, minor units, summed from Medusa's capture and refund records. */
  captured: bigint
  refunded: bigint
  /** The order's tax as Medusa computes it now, minor units; null when returns or refunds make it not comparable. */
  tax: bigint | null
  /** Lines with their current quantity. */
  lines: { id: string; quantity: number }[]
}

/** A disagreement as GET /admin/ledger-check answers it (the contract's shape). */
export type BooksDisagreement = LedgerDisagreement

const MONEY = new Set(["cooperative", "community_fund", "cis_operations", "tax_payable"])
const ORDER_TYPES = new Set(["sale", "reversal"])

export function checkOrderBooks(medusa: MedusaOrderFigures, recorded: RecordedBooksRow[], target: BooksRow[]): BooksDisagreement[] {
  const out: BooksDisagreement[] = []
  const base = { order_id: medusa.order_id, display_id: medusa.display_id, currency_code: medusa.currency_code }
  const push = (rule: BooksDisagreement["rule"], expected: bigint, got: bigint, detail: string) =>
    out.push({
      ...base,
      rule,
      unit: rule === "line_missing" ? "quantity" : "minor_units",
      expected: expected.toString(),
      recorded: got.toString(),
      difference: (got - expected).toString(),
      detail,
    })
  const rows = recorded.filter((r) => ORDER_TYPES.has(r.type))
  const sum = (pick: (r: RecordedBooksRow) => boolean) => rows.filter(pick).reduce((s, r) => s + BigInt(r.amount), 0n)

  const held = sum((r) => r.state === "payable" && MONEY.has(r.account))
  if (held !== medusa.captured - medusa.refunded) {
    push("captured_minus_refunded", medusa.captured - medusa.refunded, held, "cooperatives + fund + CIS + tax payable should hold exactly what was captured less what was refunded")
  }
  if (medusa.tax !== null) {
    const tax = sum((r) => r.account === "tax_payable")
    if (tax !== medusa.tax) push("tax", medusa.tax, tax, "tax payable (pending and payable) should be the order's tax as Medusa computed it")
  }
  const recordedLines = new Set(rows.filter((r) => r.source === "order_item").map((r) => r.source_line_id))
  if (!medusa.canceled) {
    for (const line of medusa.lines) {
      if (line.quantity > 0 && !recordedLines.has(line.id)) push("line_missing", BigInt(line.quantity), 0n, `line ${line.id} (quantity ${line.quantity}) has no ledger rows`)
    }
  }
  const current = new Set(medusa.lines.filter((l) => l.quantity > 0).map((l) => l.id))
  for (const lineId of recordedLines) {
    if (!lineId || current.has(lineId)) continue
    const left = sum((r) => r.source_line_id === lineId && MONEY.has(r.account))
    if (left !== 0n) push("line_gone", 0n, left, `line ${lineId} is no longer on the order but its rows add up to ${left}`)
  }
  const recordedByKey = new Map<string, bigint>()
  for (const r of rows) {
    const key = booksKey({ ...r, source_line_id: r.source_line_id ?? medusa.order_id })
    recordedByKey.set(key, (recordedByKey.get(key) ?? 0n) + BigInt(r.amount))
  }
  for (const row of booksCorrections(medusa.order_id, target, recorded).correction) {
    const got = recordedByKey.get(booksKey(row)) ?? 0n
    push("target", got + row.amount, got, `${row.type} ${row.state} ${row.account}${row.cooperative_id ? ` (${row.cooperative_id})` : ""} on ${row.source} ${row.source_line_id}`)
  }
  return out
}
