import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { DEFAULT_COMMUNITY_FUND_BPS } from "../../lib/split-shares"
import Cooperative from "./models/cooperative"
import Coordinator from "./models/coordinator"
import StockChange from "./models/stock-change"
import CraftOrigin from "./models/craft-origin"
import LedgerEntry from "./models/ledger-entry"
import Payout from "./models/payout"
import RevenueSplit from "./models/revenue-split"

export interface CooperativeBalance {
  currency_code: string
  /** All in integer minor units of the currency. */
  earned: number
  reversed: number
  adjusted: number
  in_draft_payouts: number
  paid: number
  balance: number
  oldest_unpaid_at: Date | null
}

type BalanceRow = Record<Exclude<keyof CooperativeBalance, "currency_code" | "oldest_unpaid_at">, string> & {
  currency_code: string
  oldest_unpaid_at: Date | null
}

export interface ImpactTotals {
  currency_code: string
  /** Minor units: the cooperatives' net share of sales, what was paid out of it, and what is owed. */
  cooperatives_earned: number
  cooperatives_paid: number
  cooperatives_owed: number
  community_fund: number
}

class CooperativeModuleService extends MedusaService({ Cooperative, CraftOrigin, RevenueSplit, LedgerEntry, Payout, Coordinator, StockChange }) {
  /** The fund's share now: the stored one, or the default before staff ever set it. */
  async getCommunityFundBps(): Promise<number> {
    const [split] = await this.listRevenueSplits({}, { take: 1 })
    return split?.community_fund_bps ?? DEFAULT_COMMUNITY_FUND_BPS
  }

  /**
   * What a cooperative is owed, per currency, summed by the database rather
   * than by loading rows: `balance` is what no payout holds yet (it may be
   * negative after chargebacks, and is carried to the next payout).
   */
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
  async allCooperativeBalances(@MedusaContext() sharedContext: Context = {}): Promise<(CooperativeBalance & { cooperative_id: string; cooperative_name: string })[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: (BalanceRow & { cooperative_id: string; cooperative_name: string })[] = await manager.execute(
      `SELECT e.cooperative_id, c.name AS cooperative_name, ${BALANCE_COLUMNS}
         FROM ledger_entry e
         JOIN cooperative c ON c.id = e.cooperative_id
         LEFT JOIN payout p ON p.id = e.payout_id
        WHERE e.account = 'cooperative' AND e.deleted_at IS NULL
        GROUP BY e.cooperative_id, c.name, e.currency_code
        ORDER BY c.name, e.cooperative_id, e.currency_code`
    )
    return rows.map((row) => ({ cooperative_id: row.cooperative_id, cooperative_name: row.cooperative_name, ...toBalance(row) }))
  }

  /** Which of these orders already have their sale in the ledger (the repair job asks about the rest). */
  @InjectManager()
  async orderIdsWithSales(orderIds: string[], @MedusaContext() sharedContext: Context = {}): Promise<string[]> {
    if (!orderIds.length) return []
    const manager = sharedContext.manager as SqlEntityManager
    const found: string[] = []
    // In chunks: Postgres takes at most 65535 bound parameters in one statement.
    for (let start = 0; start < orderIds.length; start += 5000) {
      const rows: { order_id: string }[] = await manager.execute(
        `SELECT DISTINCT order_id FROM ledger_entry WHERE type = 'sale' AND deleted_at IS NULL AND order_id IN (?)`,
        [orderIds.slice(start, start + 5000)]
      )
      found.push(...rows.map((row) => row.order_id))
    }
    return found
  }

  /**
   * A month's ledger per cooperative and currency, for the monthly summary
   * CSV: what was sold (the split's base), each account's net movement, and
   * what was paid out to the cooperative in the month. Rows without a
   * cooperative are shipping and CIS-only sales.
   */
  @InjectManager()
  async monthlySummary(range: { from: Date; to: Date }, @MedusaContext() sharedContext: Context = {}): Promise<MonthlySummaryRow[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: Record<string, string | null>[] = await manager.execute(
      `WITH moved AS (
         SELECT e.cooperative_id, e.currency_code,
                SUM(e.base_amount) FILTER (WHERE e.type = 'sale' AND (e.account = 'cooperative' OR e.source = 'shipping')) AS sales_base,
                SUM(e.amount) FILTER (WHERE e.account = 'cooperative' AND e.type = 'sale') AS cooperative_sales,
                SUM(e.amount) FILTER (WHERE e.account = 'cooperative' AND e.type = 'reversal') AS cooperative_reversals,
                SUM(e.amount) FILTER (WHERE e.account = 'cooperative' AND e.type = 'adjustment') AS cooperative_adjustments,
                SUM(e.amount) FILTER (WHERE e.account = 'community_fund') AS community_fund,
                SUM(e.amount) FILTER (WHERE e.account = 'cis_operations') AS cis_operations,
                COUNT(DISTINCT e.order_id) AS orders
           FROM ledger_entry e
          WHERE e.deleted_at IS NULL AND e.created_at >= ?::timestamptz AND e.created_at < ?::timestamptz
          GROUP BY e.cooperative_id, e.currency_code),
       paid AS (
         SELECT p.cooperative_id, p.currency_code, SUM(p.amount) AS paid_out, COUNT(*) AS payouts
           FROM payout p
          WHERE p.status = 'paid' AND p.deleted_at IS NULL AND p.paid_at >= ?::timestamptz AND p.paid_at < ?::timestamptz
          GROUP BY p.cooperative_id, p.currency_code)
       SELECT COALESCE(m.cooperative_id, paid.cooperative_id) AS cooperative_id, c.name AS cooperative_name,
              COALESCE(m.currency_code, paid.currency_code) AS currency_code,
              m.orders, m.sales_base, m.cooperative_sales, m.cooperative_reversals, m.cooperative_adjustments,
              m.community_fund, m.cis_operations, paid.paid_out, paid.payouts
         FROM moved m
         FULL JOIN paid ON paid.cooperative_id = m.cooperative_id AND paid.currency_code = m.currency_code
         LEFT JOIN cooperative c ON c.id = COALESCE(m.cooperative_id, paid.cooperative_id)
        ORDER BY c.name NULLS LAST, 3`,
      // ISO strings with their offset: a Date would be sent as local time without one.
      [range.from.toISOString(), range.to.toISOString(), range.from.toISOString(), range.to.toISOString()]
    )
    const n = (value: string | null) => toSafeInteger(value ?? 0)
    return rows.map((row) => ({
      cooperative_id: row.cooperative_id,
      cooperative_name: row.cooperative_name,
      currency_code: row.currency_code as string,
      orders: n(row.orders),
      sales_base: n(row.sales_base),
      cooperative_sales: n(row.cooperative_sales),
      cooperative_reversals: n(row.cooperative_reversals),
      cooperative_adjustments: n(row.cooperative_adjustments),
      community_fund: n(row.community_fund),
      cis_operations: n(row.cis_operations),
      paid_out: n(row.paid_out),
      payouts: n(row.payouts),
    }))
  }

  /**
   * The books' own checks, each a query that should find nothing: a line's
   * sale parts that do not add up to its base, a line reversed beyond its
   * sale, a reversal with no sale, a payout whose amount is not its entries'
   * sum, an entry held by a cancelled payout or by a payout of another
   * cooperative, currency or date. Staff run it from the dashboard; the
   * tests run it after every scenario.
   */
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
   * Reserves a cooperative's unpaid entries in one currency up to a date for
   * a payout, in one statement: an entry already held by a payout is never
   * taken, so no entry can be in two. Returns what was reserved.
   */
  @InjectTransactionManager()
  async reserveEntriesForPayout(
    input: { payout_id: string; cooperative_id: string; currency_code: string; up_to: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ amount: number; entry_count: number }> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const rows: { amount: number }[] = await manager.execute(
      `UPDATE ledger_entry SET payout_id = ?, updated_at = now()
        WHERE cooperative_id = ? AND currency_code = ? AND account = 'cooperative'
          AND payout_id IS NULL AND created_at <= ?::timestamptz AND deleted_at IS NULL
        RETURNING amount`,
      [input.payout_id, input.cooperative_id, input.currency_code, new Date(input.up_to).toISOString()]
    )
    return { amount: rows.reduce((sum, row) => sum + row.amount, 0), entry_count: rows.length }
  }

  /** Frees a draft payout's entries so the next payout can take them. */
  @InjectTransactionManager()
  async releasePayoutEntries(payoutId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    await manager.execute(`UPDATE ledger_entry SET payout_id = NULL, updated_at = now() WHERE payout_id = ?`, [payoutId])
  }

  /**
   * Moves a payout out of draft in one transaction, guarded by its status so
   * two staff clicking at once cannot both settle it. Cancelling frees its
   * entries in the same transaction. Returns false when it was not a draft.
   */
  @InjectTransactionManager()
  async settleDraftPayout(
    input:
      | { id: string; to: "cancelled" }
      | { id: string; to: "paid"; paid_at: Date; reference: string; method: string; sent_amount: number; sent_currency_code: string },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<boolean> {
    const manager = sharedContext.transactionManager as SqlEntityManager
    const settled: unknown[] =
      input.to === "cancelled"
        ? await manager.execute(
            `UPDATE payout SET status = 'cancelled', cancelled_at = now(), updated_at = now()
              WHERE id = ? AND status = 'draft' AND deleted_at IS NULL RETURNING id`,
            [input.id]
          )
        : await manager.execute(
            `UPDATE payout SET status = 'paid', paid_at = ?, reference = ?, method = ?, sent_amount = ?,
                    sent_currency_code = ?, updated_at = now()
              WHERE id = ? AND status = 'draft' AND deleted_at IS NULL RETURNING id`,
            [input.paid_at, input.reference, input.method, input.sent_amount, input.sent_currency_code, input.id]
          )
    if (settled.length && input.to === "cancelled") {
      await manager.execute(`UPDATE ledger_entry SET payout_id = NULL, updated_at = now() WHERE payout_id = ?`, [input.id])
    }
    return settled.length > 0
  }

  /**
   * The public impact figures: per currency, what reached the cooperatives and
   * the community fund, and how many orders carried it. Sums only: nothing per order.
   */
  @InjectManager()
  async impactFigures(@MedusaContext() sharedContext: Context = {}): Promise<{ totals: ImpactTotals[]; orders: number }> {
    const manager = sharedContext.manager as SqlEntityManager
    const totals: Record<keyof ImpactTotals, string>[] = await manager.execute(
      `SELECT e.currency_code,
              COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'cooperative'), 0) AS cooperatives_earned,
              COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'cooperative' AND p.status = 'paid'), 0) AS cooperatives_paid,
              COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'cooperative' AND p.status IS DISTINCT FROM 'paid'), 0) AS cooperatives_owed,
              COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'community_fund'), 0) AS community_fund
         FROM ledger_entry e
         LEFT JOIN payout p ON p.id = e.payout_id
        WHERE e.deleted_at IS NULL
        GROUP BY e.currency_code
        ORDER BY e.currency_code`
    )
    const [{ orders }]: { orders: string }[] = await manager.execute(
      `SELECT COUNT(DISTINCT order_id) AS orders FROM ledger_entry WHERE type = 'sale' AND deleted_at IS NULL`
    )
    return {
      totals: totals.map((row) => ({
        currency_code: row.currency_code,
        cooperatives_earned: toSafeInteger(row.cooperatives_earned),
        cooperatives_paid: toSafeInteger(row.cooperatives_paid),
        cooperatives_owed: toSafeInteger(row.cooperatives_owed),
        community_fund: toSafeInteger(row.community_fund),
      })),
      orders: toSafeInteger(orders),
    }
  }
}

export interface MonthlySummaryRow {
  cooperative_id: string | null
  cooperative_name: string | null
  currency_code: string
  /** Minor units of currency_code. */
  orders: number
  sales_base: number
  cooperative_sales: number
  cooperative_reversals: number
  cooperative_adjustments: number
  community_fund: number
  cis_operations: number
  paid_out: number
  payouts: number
}

export interface LedgerProblem {
  rule: string
  description: string
  count: number
  /** Up to ten ids (lines, payouts or entries) to start looking from. */
  examples: string[]
}

const LIVE = "deleted_at IS NULL"
const LEDGER_CHECKS: [string, string, string][] = [
  [
    "sale_parts_sum_to_base",
    "An order line's sale rows do not add up to the base they split.",
    `SELECT source_line_id AS id FROM ledger_entry WHERE type = 'sale' AND ${LIVE}
      GROUP BY source_line_id HAVING SUM(amount) <> MAX(base_amount) OR MIN(base_amount) <> MAX(base_amount)`,
  ],
  [
    "never_reversed_beyond_sale",
    "An order line was reversed by more than its sale recorded.",
    `SELECT source_line_id AS id FROM ledger_entry WHERE type IN ('sale', 'reversal') AND source_line_id IS NOT NULL AND ${LIVE}
      GROUP BY source_line_id HAVING SUM(amount) < 0`,
  ],
  [
    "reversal_has_sale",
    "A reversal takes back a line that has no sale.",
    `SELECT r.id FROM ledger_entry r WHERE r.type = 'reversal' AND r.${LIVE} AND NOT EXISTS
      (SELECT 1 FROM ledger_entry s WHERE s.type = 'sale' AND s.source_line_id = r.source_line_id AND s.${LIVE})`,
  ],
  [
    "payout_matches_entries",
    "A draft or paid payout's amount or entry count differs from the entries it holds.",
    `SELECT p.id FROM payout p LEFT JOIN ledger_entry e ON e.payout_id = p.id AND e.${LIVE}
      WHERE p.status <> 'cancelled' AND p.${LIVE}
      GROUP BY p.id, p.amount, p.entry_count HAVING p.amount <> COALESCE(SUM(e.amount), 0) OR p.entry_count <> COUNT(e.id)`,
  ],
  [
    "payout_entries_belong",
    "An entry is held by a cancelled payout, or by one of another cooperative, currency or cut-off date, or is not a cooperative's.",
    `SELECT e.id FROM ledger_entry e JOIN payout p ON p.id = e.payout_id
      WHERE e.${LIVE} AND (p.status = 'cancelled' OR p.cooperative_id <> e.cooperative_id OR p.currency_code <> e.currency_code
        OR e.account <> 'cooperative' OR e.created_at > p.up_to)`,
  ],
  [
    "sales_not_negative",
    "A sale row has a negative amount.",
    `SELECT id FROM ledger_entry WHERE type = 'sale' AND amount < 0 AND ${LIVE}`,
  ],
]

const BALANCE_COLUMNS = `e.currency_code,
              COALESCE(SUM(e.amount) FILTER (WHERE e.type = 'sale'), 0) AS earned,
              COALESCE(SUM(e.amount) FILTER (WHERE e.type = 'reversal'), 0) AS reversed,
              COALESCE(SUM(e.amount) FILTER (WHERE e.type = 'adjustment'), 0) AS adjusted,
              COALESCE(SUM(e.amount) FILTER (WHERE p.status = 'draft'), 0) AS in_draft_payouts,
              COALESCE(SUM(e.amount) FILTER (WHERE p.status = 'paid'), 0) AS paid,
              COALESCE(SUM(e.amount) FILTER (WHERE e.payout_id IS NULL), 0) AS balance,
              MIN(e.created_at) FILTER (WHERE e.payout_id IS NULL) AS oldest_unpaid_at`

function toBalance(row: BalanceRow): CooperativeBalance {
  return {
    currency_code: row.currency_code,
    earned: toSafeInteger(row.earned),
    reversed: toSafeInteger(row.reversed),
    adjusted: toSafeInteger(row.adjusted),
    in_draft_payouts: toSafeInteger(row.in_draft_payouts),
    paid: toSafeInteger(row.paid),
    balance: toSafeInteger(row.balance),
    oldest_unpaid_at: row.oldest_unpaid_at,
  }
}

/** Postgres sums integers as bigint, which arrives as a string; refuse rather than round one past 2^53. */
function toSafeInteger(value: string | number): number {
  const number = Number(value)
  if (!Number.isSafeInteger(number)) throw new RangeError(`ledger sum ${value} is beyond the safe integer range`)
  return number
}

export default CooperativeModuleService
