/**
 * The ledger rows that take back what an order's sale recorded when the
 * order is cancelled. Pure: the workflow passes the order's rows so far.
 */
import type { LedgerAccount, LedgerSource } from "./ledger-vocabulary"
import type { RefundPolicy } from "./cooperative-vocabulary"

export interface RecordedRow {
  account: LedgerAccount
  type: "sale" | "reversal" | "adjustment"
  source: LedgerSource
  source_line_id: string | null
  cooperative_id: string | null
  product_id: string | null
  currency_code: string
  amount: number
  base_amount: number
  share_bps: number
}

export interface ReversalDraft {
  account: LedgerAccount
  type: "reversal"
  source: LedgerSource
  cooperative_id: string | null
  order_id: string
  source_line_id: string | null
  product_id: string | null
  currency_code: string
  amount: number
  base_amount: number
  share_bps: number
  created_by: string
  reason: string
}

/**
 * What is left on each line and account: its sale plus the reversals already
 * written (negative). A line whose accounts add up to nothing is done, so a
 * second cancellation event reverses nothing.
 */
function outstanding(rows: RecordedRow[]) {
  const byKey = new Map<string, { row: RecordedRow; left: number }>()
  for (const row of rows.filter((r) => r.type === "sale")) {
    byKey.set(`${row.source_line_id}/${row.account}`, { row, left: row.amount })
  }
  for (const row of rows.filter((r) => r.type === "reversal")) {
    const entry = byKey.get(`${row.source_line_id}/${row.account}`)
    if (entry) entry.left += row.amount
  }
  return [...byKey.values()]
}

/**
 * Under `chargeback` each account gives back its own part. Under
 * `organization_absorbs` (the fair-trade default) the cooperative and the
 * fund keep what they were given and CIS operations alone takes back the
 * whole line. Shipping was CIS's and returns to it.
 */
export function cancellationReversals(input: {
  order_id: string
  rows: RecordedRow[]
  policyOf: (cooperativeId: string) => RefundPolicy
  created_by: string
  reason: string
}): ReversalDraft[] {
  const drafts: ReversalDraft[] = []
  const lines = new Map<string, { row: RecordedRow; left: number }[]>()
  for (const entry of outstanding(input.rows)) {
    const key = entry.row.source_line_id ?? ""
    lines.set(key, [...(lines.get(key) ?? []), entry])
  }
  for (const entries of lines.values()) {
    const { row } = entries[0]
    const absorbs = row.cooperative_id !== null && input.policyOf(row.cooperative_id) === "organization_absorbs"
    const common = {
      type: "reversal" as const,
      source: row.source,
      cooperative_id: row.cooperative_id,
      order_id: input.order_id,
      source_line_id: row.source_line_id,
      product_id: row.product_id,
      currency_code: row.currency_code,
      base_amount: row.base_amount,
      created_by: input.created_by,
      reason: input.reason,
    }
    if (absorbs) {
      const whole = entries.reduce((sum, entry) => sum + entry.left, 0)
      if (whole !== 0) drafts.push({ ...common, account: "cis_operations", amount: -whole, share_bps: 10_000 })
      continue
    }
    for (const entry of entries) {
      if (entry.left !== 0) drafts.push({ ...common, account: entry.row.account, amount: -entry.left, share_bps: entry.row.share_bps })
    }
  }
  return drafts
}
