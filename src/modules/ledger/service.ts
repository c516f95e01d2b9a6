import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { LedgerEntryDraft } from "@cis/contract/ledger-vocabulary"
import { DEFAULT_COMMUNITY_FUND_BPS } from "@cis/contract/split-shares"
import { LEDGER_CHECKS, type LedgerProblem } from "./checks"
import Advance from "./models/advance"
import LedgerEntry from "./models/ledger-entry"
import Payout from "./models/payout"
import RevenueSplit from "./models/revenue-split"
import {
  BALANCE_COLUMNS,
  IMPACT_SQL,
  MONTHLY_SUMMARY_SQL,
  toBalance,
  toSafeInteger,
  type BalanceRow,
  type CooperativeBalance,
  type ImpactTotals,
  type MonthlySummaryRow,
} from "./queries"

export type { CooperativeBalance, ImpactTotals, MonthlySummaryRow, LedgerProblem }

/** How long an append waits for another append to the same order; far longer than any append holds it. */
const LOCK_WAIT = "30s"

/** A new movement's id: the rows of one balanced set share it. */
export const newTransactionId = () => generateEntityId(undefined, "ltx")

class LedgerModuleService extends MedusaService({ LedgerEntry, Payout, Advance, RevenueSplit }) {
  /** The fund's share now: the stored one, or the default before staff ever set it. */
  async getCommunityFundBps(): Promise<number> {
    const [split] = await this.listRevenueSplits({}, { take: 1 })
    return split?.community_fund_bps ?? DEFAULT_COMMUNITY_FUND_BPS
  }

  /**
   * Appends an order's correcting rows, unless someone else appended to the
   * order since `expectedRows` were counted: then nothing is written and the
   * caller recomputes (`false`). An advisory lock per order in the same
   * transaction makes the count and the insert one step, across processes,
   * without holding anything when the process dies (the lock ends with its
   * transaction, so an event re-sent after a crash never meets a dead
   * holder's lock). A waiter gives up after LOCK_WAIT and throws: the event
   * bus retries it, the repair job catches up; nothing waits forever.
   */
  @InjectTransactionManager()
  async appendOrderRows(
    input: { order_id: string; expected_rows: number; rows: LedgerEntryDraft[] },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ written: number } | false> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(`SET LOCAL lock_timeout = '${LOCK_WAIT}'`)
    await manager.execute(`SELECT pg_advisory_xact_lock(hashtextextended(?, 0))`, [`ledger:${input.order_id}`])
    const [{ count }]: { count: string }[] = await manager.execute(
      `SELECT COUNT(*) AS count FROM ledger_entry WHERE order_id = ? AND deleted_at IS NULL`,
      [input.order_id]
    )
    if (Number(count) !== input.expected_rows) return false
    if (input.rows.length) await this.createLedgerEntries(input.rows, sharedContext)
    return { written: input.rows.length }
  }

  /** Writes one balanced movement (adjustment, advance): every row under one new transaction id. */
  @InjectTransactionManager()
  async appendMovement(rows: LedgerEntryDraft[], @MedusaContext() sharedContext: Context = {}) {
    const sum = rows.reduce((total, row) => total + row.amount, 0)
    if (sum !== 0) throw new RangeError(`a movement must add up to zero, these rows add up to ${sum}`)
    const transaction_id = newTransactionId()
    return await this.createLedgerEntries(
      rows.map((row) => ({ ...row, transaction_id })),
      sharedContext
    )
  }

  /** What a cooperative is owed, per currency (see CooperativeBalance). */
  @InjectManager()
  async cooperativeBalances(cooperativeId: string, @MedusaContext() sharedContext: Context = {}): Promise<CooperativeBalance[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: BalanceRow[] = await manager.execute(
      `SELECT ${BALANCE_COLUMNS}
         FROM ledger_entry e
         LEFT JOIN payout p ON p.id = e.payout_id
        WHERE e.cooperative_id = ? AND e.account = 'cooperative' AND e.deleted_at IS NULL
        GROUP BY e.currency_code
        ORDER BY e.currency_code`,
      [cooperativeId]
    )
    return rows.map(toBalance)
  }

  /** Every cooperative's balances in one query (the dashboard's payouts table), deleted cooperatives included while they hold entries. */
  @InjectManager()
  async allCooperativeBalances(@MedusaContext() sharedContext: Context = {}): Promise<(CooperativeBalance & { cooperative_id: string })[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: (BalanceRow & { cooperative_id: string })[] = await manager.execute(
      `SELECT e.cooperative_id, ${BALANCE_COLUMNS}
         FROM ledger_entry e
         LEFT JOIN payout p ON p.id = e.payout_id
        WHERE e.account = 'cooperative' AND e.cooperative_id IS NOT NULL AND e.deleted_at IS NULL
        GROUP BY e.cooperative_id, e.currency_code
        ORDER BY e.cooperative_id, e.currency_code`
    )
    return rows.map((row) => ({ cooperative_id: row.cooperative_id, ...toBalance(row) }))
  }

  /** A month's ledger per cooperative and currency, for the monthly summary CSV. */
  @InjectManager()
  async monthlySummary(range: { from: Date; to: Date }, @MedusaContext() sharedContext: Context = {}): Promise<MonthlySummaryRow[]> {
    const manager = sharedContext.manager as SqlEntityManager
    // ISO strings with their offset: a Date would be sent as local time without one.
    const [from, to] = [range.from.toISOString(), range.to.toISOString()]
    const rows: Record<string, string | null>[] = await manager.execute(MONTHLY_SUMMARY_SQL, [from, to, from, to])
    return rows.map((row) => ({
      cooperative_id: row.cooperative_id,
      currency_code: row.currency_code as string,
      orders: toSafeInteger(row.orders),
      sales_base: toSafeInteger(row.sales_base),
      cooperative_sales: toSafeInteger(row.cooperative_sales),
      cooperative_reversals: toSafeInteger(row.cooperative_reversals),
      cooperative_adjustments: toSafeInteger(row.cooperative_adjustments),
      cooperative_advances: toSafeInteger(row.cooperative_advances),
      cooperative_pending: toSafeInteger(row.cooperative_pending),
      community_fund: toSafeInteger(row.community_fund),
      cis_operations: toSafeInteger(row.cis_operations),
      tax_payable: toSafeInteger(row.tax_payable),
      card_fees: toSafeInteger(row.card_fees),
      paid_out: toSafeInteger(row.paid_out),
      payouts: toSafeInteger(row.payouts),
    }))
  }

  /** The books' own checks (see checks.ts); the comparison with Medusa is the ledger-check workflow's. */
  @InjectManager()
  async ledgerProblems(@MedusaContext() sharedContext: Context = {}): Promise<LedgerProblem[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const problems: LedgerProblem[] = []
    for (const [rule, description, sql] of LEDGER_CHECKS) {
      const rows: { id: string }[] = await manager.execute(sql)
      if (rows.length) problems.push({ rule, description, count: rows.length, examples: rows.slice(0, 10).map((row) => row.id) })
    }
    return problems
  }

  /**
   * Opens a draft payout and reserves the cooperative's payable, unreserved
   * entries in one currency up to a date, in one transaction: an entry
   * already held by a payout is never taken, so no entry can be in two; a
   * sum of zero or less is refused and nothing stays reserved.
   */
  @InjectTransactionManager()
  async openDraftPayout(
    input: { cooperative_id: string; currency_code: string; up_to: Date; created_by: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ payout_id: string; amount: number; entry_count: number }> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const payout = await this.createPayouts({ ...input, status: "draft", amount: 0, entry_count: 0 }, sharedContext)
    const rows: { amount: number }[] = await manager.execute(
      `UPDATE ledger_entry SET payout_id = ?, updated_at = now()
        WHERE cooperative_id = ? AND currency_code = ? AND account = 'cooperative' AND state = 'payable'
          AND payout_id IS NULL AND created_at <= ?::timestamptz AND deleted_at IS NULL
        RETURNING amount`,
      [payout.id, input.cooperative_id, input.currency_code, new Date(input.up_to).toISOString()]
    )
    const amount = rows.reduce((sum, row) => sum + row.amount, 0)
    if (!rows.length || amount <= 0) {
      // Thrown inside the transaction: the payout and the reservation roll back together.
      throw new NothingToPayError(rows.length, amount)
    }
    // Through the ORM, not SQL: the payout itself is only inserted when this transaction's unit of work flushes.
    await this.updatePayouts({ id: payout.id, amount, entry_count: rows.length }, sharedContext)
    return { payout_id: payout.id, amount, entry_count: rows.length }
  }

  /**
   * Moves a payout out of draft in one transaction, guarded by its status so
   * two staff clicking at once cannot both settle it. Cancelling frees its
   * entries. Paying writes the movement: the cooperative's reserved entries
   * settled (-amount), what was not sent (or sent beyond) carried on its
   * balance to the next payout, and the money out of clearing. Returns false
   * when it was not a draft.
   */
  @InjectTransactionManager()
  async settleDraftPayout(
    input:
      | { id: string; to: "cancelled" }
      | {
          id: string
          to: "paid"
          paid_at: Date
          reference: string
          method: string
          sent_amount: number
          sent_currency_code: string
          exchange_rate: string | null
          created_by: string
        },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    if (input.to === "cancelled") {
      const settled: unknown[] = await manager.execute(
        `UPDATE payout SET status = 'cancelled', cancelled_at = now(), updated_at = now()
          WHERE id = ? AND status = 'draft' AND deleted_at IS NULL RETURNING id`,
        [input.id]
      )
      if (settled.length) await manager.execute(`UPDATE ledger_entry SET payout_id = NULL, updated_at = now() WHERE payout_id = ?`, [input.id])
      return settled.length > 0
    }
    const settled: { cooperative_id: string; currency_code: string; amount: number }[] = await manager.execute(
      `UPDATE payout SET status = 'paid', paid_at = ?, reference = ?, method = ?, sent_amount = ?,
              sent_currency_code = ?, exchange_rate = ?, updated_at = now()
        WHERE id = ? AND status = 'draft' AND deleted_at IS NULL RETURNING cooperative_id, currency_code, amount`,
      [input.paid_at, input.reference, input.method, input.sent_amount, input.sent_currency_code, input.exchange_rate, input.id]
    )
    if (!settled.length) return false
    await this.writePayoutMovement({ ...settled[0], ...input }, sharedContext)
    return true
  }

  /**
   * The movement of a paid payout: the cooperative's reserved entries settled
   * (-amount, held by the payout), what was not sent (or sent beyond) carried
   * on its balance to the next payout, and the money out of clearing. Sent in
   * another currency, the payout's amount left at the recorded rate.
   */
  @InjectTransactionManager()
  async writePayoutMovement(
    payout: { id: string; cooperative_id: string; currency_code: string; amount: number; reference: string; sent_amount: number; sent_currency_code: string; created_by: string },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const { cooperative_id, currency_code, amount } = payout
    const sent = payout.sent_currency_code === currency_code ? payout.sent_amount : amount
    const row = (account: "cooperative" | "clearing", value: number, payout_id: string | null, reason: string): LedgerEntryDraft => ({
      account,
      type: "payout",
      source: "payout",
      cooperative_id,
      order_id: null,
      source_line_id: payout.id,
      product_id: null,
      currency_code,
      amount: value,
      base_amount: amount,
      share_bps: 10_000,
      created_by: payout.created_by,
      reason,
      payout_id,
    })
    const rows = [row("cooperative", -amount, payout.id, `payout ${payout.reference}`), row("clearing", sent, null, `payout ${payout.reference} sent`)]
    if (sent !== amount) {
      const carried = sent < amount ? `not sent with payout ${payout.reference}: carried to the next payout` : `sent beyond payout ${payout.reference}: netted in the next payout`
      rows.push(row("cooperative", amount - sent, null, carried))
    }
    return await this.appendMovement(rows, sharedContext)
  }

  /** The public impact figures: per currency, sums only, nothing per order. */
  @InjectManager()
  async impactFigures(@MedusaContext() sharedContext: Context = {}): Promise<{ totals: ImpactTotals[]; orders: number }> {
    const manager = sharedContext.manager as SqlEntityManager
    // One statement (the store's budget is 2 per request): the order count rides on every currency's row.
    const rows: (Record<keyof ImpactTotals, string> & { orders: string })[] = await manager.execute(IMPACT_SQL)
    const orders = rows[0]?.orders ?? "0"
    return {
      totals: rows.map((row) => ({
        currency_code: row.currency_code,
        cooperatives_earned: toSafeInteger(row.cooperatives_earned),
        cooperatives_paid: toSafeInteger(row.cooperatives_paid),
        cooperatives_owed: toSafeInteger(row.cooperatives_owed),
        cooperatives_pending: toSafeInteger(row.cooperatives_pending),
        community_fund: toSafeInteger(row.community_fund),
        community_fund_pending: toSafeInteger(row.community_fund_pending),
      })),
      orders: toSafeInteger(orders),
    }
  }
}

/** A payout with nothing to carry: no payable entry, or entries adding up to zero or less (after chargebacks or advances). */
export class NothingToPayError extends Error {
  constructor(
    readonly entryCount: number,
    readonly amount: number
  ) {
    super(`nothing to be paid (${entryCount} payable entries adding up to ${amount} minor units)`)
    this.name = "NothingToPayError"
  }
}

export default LedgerModuleService
