/**
 * The rows to append so an order's recorded books reach their target
 * (order-books): per figure, target minus what is recorded. Rows are never
 * edited or deleted; a wrong or outdated figure gets a correcting row, which
 * may be positive (a re-credit). Running it again on the same order and state
 * gives nothing, so a repeated or late event cannot count twice.
 */
import { booksKey, type BooksAccount, type BooksLayer, type BooksRow, type BooksState } from "./order-books"

export interface RecordedBooksRow {
  type: string
  state: BooksState
  source: string
  source_line_id: string | null
  account: string
  cooperative_id: string | null
  product_id: string | null
  amount: number | bigint
  base_amount: number | bigint
  share_bps: number
}

const LAYERS = new Set<string>(["sale", "reversal"])

export interface BooksCorrections {
  /**
   * Clearing rows that complete one-sided rows written before the ledger was
   * double entry (their layer and state did not balance). Empty for any
   * order recorded since.
   */
  opening: BooksRow[]
  /** One balanced set of correcting rows (sums to zero per layer and state). */
  correction: BooksRow[]
}

function clearingRow(orderId: string, type: BooksLayer, state: BooksState, amount: bigint): BooksRow {
  return { type, state, source: "order", source_line_id: orderId, account: "clearing", cooperative_id: null, product_id: null, amount, base_amount: 0n, share_bps: 10_000 }
}

/** Only an order's sale and reversal rows take part: fees, payouts and adjustments are movements of their own. */
export function booksCorrections(orderId: string, target: BooksRow[], recorded: RecordedBooksRow[]): BooksCorrections {
  const sums = new Map<string, { amount: bigint; row: BooksRow }>()
  const imbalance = new Map<string, bigint>()
  for (const r of recorded) {
    if (!LAYERS.has(r.type)) continue
    const row: BooksRow = {
      type: r.type as BooksLayer,
      state: r.state,
      source: (r.source === "order_item" || r.source === "shipping" ? r.source : "order") as BooksRow["source"],
      source_line_id: r.source_line_id ?? orderId,
      account: r.account as BooksAccount,
      cooperative_id: r.cooperative_id,
      product_id: r.product_id,
      amount: BigInt(r.amount),
      base_amount: BigInt(r.base_amount),
      share_bps: r.share_bps,
    }
    const key = booksKey(row)
    const entry = sums.get(key)
    if (entry) entry.amount += row.amount
    else sums.set(key, { amount: row.amount, row })
    const side = `${row.type}|${row.state}`
    imbalance.set(side, (imbalance.get(side) ?? 0n) + row.amount)
  }

  const opening: BooksRow[] = []
  for (const [side, amount] of imbalance) {
    if (amount === 0n) continue
    const [type, state] = side.split("|") as [BooksLayer, BooksState]
    const row = clearingRow(orderId, type, state, -amount)
    opening.push(row)
    const key = booksKey(row)
    const entry = sums.get(key)
    if (entry) entry.amount += row.amount
    else sums.set(key, { amount: row.amount, row })
  }

  const correction: BooksRow[] = []
  const targets = new Map<string, BooksRow>()
  for (const row of target) {
    const key = booksKey(row)
    const existing = targets.get(key)
    targets.set(key, existing ? { ...existing, amount: existing.amount + row.amount } : row)
  }
  for (const [key, row] of targets) {
    const delta = row.amount - (sums.get(key)?.amount ?? 0n)
    if (delta !== 0n) correction.push({ ...row, amount: delta })
  }
  for (const [key, { amount, row }] of sums) {
    if (!targets.has(key) && amount !== 0n) correction.push({ ...row, amount: -amount })
  }
  return { opening, correction }
}
