import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/knex"
import { DEFAULT_COMMUNITY_FUND_BPS } from "../../lib/split-shares"
import Cooperative from "./models/cooperative"
import CraftOrigin from "./models/craft-origin"
import LedgerEntry from "./models/ledger-entry"
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

class CooperativeModuleService extends MedusaService({ Cooperative, CraftOrigin, RevenueSplit, LedgerEntry }) {
  /** The fund's share now: the stored one, or the default before staff ever set it. */
  async getCommunityFundBps(): Promise<number> {
    const [split] = await this.listRevenueSplits({}, { take: 1 })
    return split?.community_fund_bps ?? DEFAULT_COMMUNITY_FUND_BPS
  }

  /**
   * What a cooperative is owed, per currency, summed by the database rather
   * than by loading rows. Payouts are not built yet, so nothing counts as
   * paid or reserved until they are; the columns are there for them.
   */
  @InjectManager()
  async cooperativeBalances(cooperativeId: string, @MedusaContext() sharedContext: Context = {}): Promise<CooperativeBalance[]> {
    const manager = sharedContext.manager as SqlEntityManager
    const rows: BalanceRow[] = await manager.execute(
      `SELECT currency_code,
              COALESCE(SUM(amount) FILTER (WHERE type = 'sale'), 0) AS earned,
              COALESCE(SUM(amount) FILTER (WHERE type = 'reversal'), 0) AS reversed,
              COALESCE(SUM(amount) FILTER (WHERE type = 'adjustment'), 0) AS adjusted,
              0 AS in_draft_payouts,
              COALESCE(SUM(amount) FILTER (WHERE payout_id IS NOT NULL), 0) AS paid,
              COALESCE(SUM(amount) FILTER (WHERE payout_id IS NULL), 0) AS balance,
              MIN(created_at) FILTER (WHERE payout_id IS NULL) AS oldest_unpaid_at
         FROM ledger_entry
        WHERE cooperative_id = ? AND account = 'cooperative' AND deleted_at IS NULL
        GROUP BY currency_code
        ORDER BY currency_code`,
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
   * The public impact figures: per currency, what reached the cooperatives and
   * the community fund, and how many orders carried it. Sums only: nothing per order.
   */
  @InjectManager()
  async impactFigures(@MedusaContext() sharedContext: Context = {}): Promise<{ totals: ImpactTotals[]; orders: number }> {
    const manager = sharedContext.manager as SqlEntityManager
    const totals: Record<keyof ImpactTotals, string>[] = await manager.execute(
      `SELECT currency_code,
              COALESCE(SUM(amount) FILTER (WHERE account = 'cooperative'), 0) AS cooperatives_earned,
              COALESCE(SUM(amount) FILTER (WHERE account = 'cooperative' AND payout_id IS NOT NULL), 0) AS cooperatives_paid,
              COALESCE(SUM(amount) FILTER (WHERE account = 'cooperative' AND payout_id IS NULL), 0) AS cooperatives_owed,
              COALESCE(SUM(amount) FILTER (WHERE account = 'community_fund'), 0) AS community_fund
         FROM ledger_entry
        WHERE deleted_at IS NULL
        GROUP BY currency_code
        ORDER BY currency_code`
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
