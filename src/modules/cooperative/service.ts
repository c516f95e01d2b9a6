import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { DEFAULT_COMMUNITY_FUND_BPS } from "../../lib/split-shares"
import Cooperative from "./models/cooperative"
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

class CooperativeModuleService extends MedusaService({ Cooperative, CraftOrigin, RevenueSplit, LedgerEntry, Payout }) {
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
      `SELECT e.currency_code,
              COALESCE(SUM(e.amount) FILTER (WHERE e.type = 'sale'), 0) AS earned,
              COALESCE(SUM(e.amount) FILTER (WHERE e.type = 'reversal'), 0) AS reversed,
              COALESCE(SUM(e.amount) FILTER (WHERE e.type = 'adjustment'), 0) AS adjusted,
              COALESCE(SUM(e.amount) FILTER (WHERE p.status = 'draft'), 0) AS in_draft_payouts,
              COALESCE(SUM(e.amount) FILTER (WHERE p.status = 'paid'), 0) AS paid,
              COALESCE(SUM(e.amount) FILTER (WHERE e.payout_id IS NULL), 0) AS balance,
              MIN(e.created_at) FILTER (WHERE e.payout_id IS NULL) AS oldest_unpaid_at
         FROM ledger_entry e
         LEFT JOIN payout p ON p.id = e.payout_id
        WHERE e.cooperative_id = ? AND e.account = 'cooperative' AND e.deleted_at IS NULL
        GROUP BY e.currency_code
        ORDER BY e.currency_code`,
      [cooperativeId]
    )
    return rows.map((row) => ({
      currency_code: row.currency_code,
      earned: toSafeInteger(row.earned),
      reversed: toSafeInteger(row.reversed),
      adjusted: toSafeInteger(row.adjusted),
      in_draft_payouts: toSafeInteger(row.in_draft_payouts),
      paid: toSafeInteger(row.paid),
      balance: toSafeInteger(row.balance),
      oldest_unpaid_at: row.oldest_unpaid_at,
    }))
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
          AND payout_id IS NULL AND created_at <= ? AND deleted_at IS NULL
        RETURNING amount`,
      [input.payout_id, input.cooperative_id, input.currency_code, input.up_to]
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

/** Postgres sums integers as bigint, which arrives as a string; refuse rather than round one past 2^53. */
function toSafeInteger(value: string | number): number {
  const number = Number(value)
  if (!Number.isSafeInteger(number)) throw new RangeError(`ledger sum ${value} is beyond the safe integer range`)
  return number
}

export default CooperativeModuleService
