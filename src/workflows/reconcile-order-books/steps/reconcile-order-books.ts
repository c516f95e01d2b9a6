import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { booksCorrections, type RecordedBooksRow } from "../../../lib/books-diff"
import type { LedgerEntryDraft } from "@cis/contract/ledger-vocabulary"
import { orderBooks, type BooksRow } from "../../../lib/order-books"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { newTransactionId } from "../../../modules/ledger/service"
import { frozenTerms, hasPaymentCollection, readOrdersForBooks, toOrderSnapshot } from "../order-snapshot"

export const reconcileOrderBooksStepId = "reconcile-order-books"

export interface ReconcileOrderBooksInput {
  order_id: string
  /** What set this off, written on every row it adds (e.g. "order.canceled"). */
  trigger: string
  reason: string
}

export interface ReconcileOrderBooksResult {
  order_id: string
  written: number
}

/** Others appending to the same order at the same moment make us read and compute again; this many times at most. */
const ATTEMPTS = 5

const RECORDED_FIELDS = [
  "id",
  "transaction_id",
  "type",
  "state",
  "source",
  "source_line_id",
  "account",
  "cooperative_id",
  "product_id",
  "amount",
  "base_amount",
  "share_bps",
] as const

function toSafeNumber(value: bigint): number {
  const n = Number(value)
  if (!Number.isSafeInteger(n)) throw new RangeError(`ledger amount ${value} is beyond the safe integer range`)
  return n
}

/**
 * Brings one order's books to what Medusa's order says now: reads the order
 * and its recorded rows, computes the target books and appends the
 * difference as one balanced movement. Idempotent (the same state writes
 * nothing) and safe under concurrency (the append is refused if anyone wrote
 * to the order in between, and the step reads again). One database
 * transaction writes everything or nothing, so there is nothing to compensate.
 */
export const reconcileOrderBooksStep = createStep(reconcileOrderBooksStepId, async (input: ReconcileOrderBooksInput, { container }) => {
  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const recorded = (await ledger.listLedgerEntries({ order_id: input.order_id }, { select: [...RECORDED_FIELDS] })) as unknown as (RecordedBooksRow & {
      transaction_id: string | null
    })[]
    const { orders, cooperativeOfProduct, policyOf } = await readOrdersForBooks(container, [input.order_id])
    const order = orders[0]
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${input.order_id} was not found`)
    // A draft order is a quote, not a sale: it has no books until it becomes an order.
    if (order.is_draft_order) return new StepResponse<ReconcileOrderBooksResult>({ order_id: order.id, written: 0 })
    // An order without its payment collection is what a crash mid-completion leaves (the order row comes before
    // its links): no buyer paid for it, and the retried completion makes the real order. Booking it would credit
    // the cooperatives twice for one sale; the orphan-order job cancels it instead.
    if (!hasPaymentCollection(order) && recorded.length === 0) return new StepResponse<ReconcileOrderBooksResult>({ order_id: order.id, written: 0 })

    const frozen = frozenTerms(recorded)
    const cooperativeIds = [...new Set([...frozen.lines.values()].map((l) => l.cooperative_id).filter((id): id is string => Boolean(id)))]
    const snapshot = toOrderSnapshot(order, {
      frozen,
      cooperativeOfProduct,
      policyOf: await policyOf(cooperativeIds),
      community_fund_bps: await ledger.getCommunityFundBps(),
    })
    const { opening, correction } = booksCorrections(order.id, orderBooks(snapshot), recorded)
    if (opening.length && !recorded.some((row) => row.transaction_id === null)) {
      // Only rows from before double entry may lack their clearing side; anything else is a fault to surface, not to paper over.
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `The ledger rows of order ${order.id} do not balance; run the ledger check`)
    }
    const transactionId = newTransactionId()
    const draft = (row: BooksRow, transaction_id: string | null, reason: string): LedgerEntryDraft => ({
      transaction_id,
      account: row.account,
      state: row.state,
      type: row.type,
      source: row.source,
      cooperative_id: row.cooperative_id,
      order_id: order.id,
      source_line_id: row.source_line_id,
      product_id: row.product_id,
      currency_code: order.currency_code,
      amount: toSafeNumber(row.amount),
      base_amount: toSafeNumber(row.base_amount),
      share_bps: row.share_bps,
      created_by: `system:${input.trigger}`,
      reason,
    })
    const rows = [
      ...opening.map((row) => draft(row, null, "clearing side of entries recorded before the ledger was double entry")),
      ...correction.map((row) => draft(row, transactionId, input.reason)),
    ]
    const appended = await ledger.appendOrderRows({ order_id: order.id, expected_rows: recorded.length, rows })
    if (appended) return new StepResponse<ReconcileOrderBooksResult>({ order_id: order.id, written: appended.written })
  }
  throw new MedusaError(MedusaError.Types.CONFLICT, `The books of order ${input.order_id} kept changing under ${ATTEMPTS} attempts to reconcile them`)
})
