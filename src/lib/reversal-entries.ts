/**
 * The ledger rows that take back what an order's sale recorded, after a
 * cancellation, a return or a refund. Pure: the workflow passes the order's
 * ledger rows so far and what happened to the order, and gets back only what
 * is still owed. Nothing here reads the order's totals (they change after a
 * return); every amount derives from the sale rows.
 *
 * The rule, per order:
 * - cancelled: every line goes back in full;
 * - returned items: each line goes back in proportion to the quantity received
 *   back (rounded half up, so a full return is exact);
 * - refunds: the money refunded, net of tax in the order's own net/gross ratio,
 *   is first taken to be the money for the returned items (a return and its
 *   refund are one loss, not two); only what exceeds the returns is spread over
 *   all lines (shipping included) in proportion to what each has left.
 * The target per line never falls: nothing already reversed is un-reversed, and
 * no line ever goes back by more than its sale recorded.
 */
import { allocateByWeights } from "./allocation"
import type { RefundPolicy } from "./cooperative-vocabulary"
import type { LedgerAccount, LedgerSource } from "./ledger-vocabulary"

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

/** An order item's ordered quantity and how many came back (received or received damaged). */
export interface LineQuantities {
  line_id: string
  quantity: number
  returned_quantity: number
}

export interface OrderAftermath {
  canceled: boolean
  lines: LineQuantities[]
  /** Gross (tax-inclusive) minor units: what the buyer's payments came to, and how much of it was refunded. */
  paid: bigint
  refunded: bigint
}

interface Line {
  row: RecordedRow
  base: bigint
  /** What each account's sale recorded, and what is left of it after the reversals so far. */
  accounts: { row: RecordedRow; sale: bigint; left: bigint }[]
  reversed: bigint
}

/** a × b / c, rounded half up; all non-negative. */
function scaled(a: bigint, b: bigint, c: bigint): bigint {
  return (2n * a * b + c) / (2n * c)
}

function linesOf(rows: RecordedRow[]): Line[] {
  const lines = new Map<string, Line>()
  for (const row of rows.filter((r) => r.type === "sale")) {
    const key = row.source_line_id ?? ""
    const line = lines.get(key) ?? { row, base: BigInt(row.base_amount), accounts: [], reversed: 0n }
    line.accounts.push({ row, sale: BigInt(row.amount), left: BigInt(row.amount) })
    lines.set(key, line)
  }
  for (const row of rows.filter((r) => r.type === "reversal")) {
    const line = lines.get(row.source_line_id ?? "")
    if (!line) continue
    line.reversed -= BigInt(row.amount)
    const account = line.accounts.find((a) => a.row.account === row.account)
    if (account) account.left += BigInt(row.amount)
  }
  return [...lines.values()]
}

/** How much of each line's base should have gone back by now (minor units, never above the base). */
function targets(lines: Line[], aftermath: OrderAftermath): bigint[] {
  if (aftermath.canceled) return lines.map((line) => line.base)
  const quantities = new Map(aftermath.lines.map((l) => [l.line_id, l]))
  const returned = lines.map((line) => {
    const q = line.row.source === "order_item" ? quantities.get(line.row.source_line_id ?? "") : undefined
    if (!q || q.quantity <= 0 || q.returned_quantity <= 0) return 0n
    if (q.returned_quantity >= q.quantity) return line.base
    return scaled(line.base, BigInt(q.returned_quantity), BigInt(q.quantity))
  })
  const netTotal = lines.reduce((sum, line) => sum + line.base, 0n)
  const refundedNet =
    aftermath.paid > 0n && netTotal > 0n ? scaled(aftermath.refunded < aftermath.paid ? aftermath.refunded : aftermath.paid, netTotal, aftermath.paid) : 0n
  const excess = refundedNet - returned.reduce((sum, r) => sum + r, 0n)
  if (excess <= 0n) return returned
  const room = lines.map((line, i) => line.base - returned[i])
  const spread = allocateByWeights(excess, room)
  return returned.map((r, i) => r + spread[i])
}

/**
 * Under `chargeback` each account gives back its own part, in proportion to
 * its sale. Under `organization_absorbs` (the fair-trade default) the
 * cooperative and the fund keep what they were given and CIS operations alone
 * takes back the line. Shipping was CIS's and returns to it.
 */
export function reversalsOwed(input: {
  order_id: string
  rows: RecordedRow[]
  aftermath: OrderAftermath
  policyOf: (cooperativeId: string) => RefundPolicy
  created_by: string
  reason: string
}): ReversalDraft[] {
  const lines = linesOf(input.rows)
  const wanted = targets(lines, input.aftermath)
  const drafts: ReversalDraft[] = []
  lines.forEach((line, i) => {
    const delta = wanted[i] - line.reversed
    if (delta <= 0n) return
    const { row } = line
    // Each row written out whole: spreading a shared object made V8 build slow dictionary objects.
    const draft = (account: LedgerAccount, amount: bigint, share_bps: number): ReversalDraft => ({
      account,
      type: "reversal",
      source: row.source,
      cooperative_id: row.cooperative_id,
      order_id: input.order_id,
      source_line_id: row.source_line_id,
      product_id: row.product_id,
      currency_code: row.currency_code,
      amount: -Number(amount),
      base_amount: row.base_amount,
      share_bps,
      created_by: input.created_by,
      reason: input.reason,
    })
    const absorbs = row.cooperative_id !== null && input.policyOf(row.cooperative_id) === "organization_absorbs"
    if (absorbs || line.accounts.length === 1) {
      const account = absorbs ? "cis_operations" : line.accounts[0].row.account
      const share_bps = absorbs ? 10_000 : line.accounts[0].row.share_bps
      drafts.push(draft(account, delta, share_bps))
      return
    }
    // Each account gives back in proportion to what it has left, so none ever returns more than its sale
    // recorded, and a line going back in full clears every account exactly.
    const weights = line.accounts.map((a) => (a.left > 0n ? a.left : 0n))
    const parts = weights.some((w) => w > 0n)
      ? allocateByWeights(delta, weights)
      : line.accounts.map((a) => (a.row.account === "cis_operations" ? delta : 0n))
    line.accounts.forEach((a, k) => {
      if (parts[k] !== 0n) drafts.push(draft(a.row.account, parts[k], a.row.share_bps))
    })
  })
  return drafts
}
