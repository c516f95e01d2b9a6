/**
 * The ledger's read SQL, summed by the database rather than by loading rows.
 * Figures are integer minor units; Postgres sums integers as bigint, which
 * arrives as a string and is checked into a safe integer.
 */

import type { CooperativeBalance as SharedCooperativeBalance } from "@cis/contract/cooperative"
import type { ImpactTotals } from "@cis/contract/impact-response"

/** Inside the backend the oldest unpaid date is a Date; the routes answer it as an ISO string. */
export type CooperativeBalance = SharedCooperativeBalance<Date>

export type BalanceRow = Record<Exclude<keyof CooperativeBalance, "currency_code" | "oldest_unpaid_at">, string> & {
  currency_code: string
  oldest_unpaid_at: Date | null
}

export const BALANCE_COLUMNS = `e.currency_code,
      COALESCE(SUM(e.amount) FILTER (WHERE e.state = 'pending'), 0) AS pending,
      COALESCE(SUM(e.amount) FILTER (WHERE e.state = 'payable' AND e.type = 'sale'), 0) AS earned,
      COALESCE(SUM(e.amount) FILTER (WHERE e.state = 'payable' AND e.type = 'reversal'), 0) AS reversed,
      COALESCE(SUM(e.amount) FILTER (WHERE e.type = 'adjustment'), 0) AS adjusted,
      COALESCE(SUM(e.amount) FILTER (WHERE e.type = 'advance'), 0) AS advanced,
      COALESCE(-SUM(e.amount) FILTER (WHERE e.type = 'payout'), 0) AS paid,
      COALESCE(SUM(e.amount) FILTER (WHERE p.status = 'draft'), 0) AS in_draft_payouts,
      COALESCE(SUM(e.amount) FILTER (WHERE e.state = 'payable' AND e.payout_id IS NULL), 0) AS balance,
      MIN(e.created_at) FILTER (WHERE e.state = 'payable' AND e.payout_id IS NULL AND e.amount > 0) AS oldest_unpaid_at`

/** Postgres sums integers as bigint, which arrives as a string; refuse rather than round one past 2^53. */
export function toSafeInteger(value: string | number | null | undefined): number {
  const number = Number(value ?? 0)
  if (!Number.isSafeInteger(number)) throw new RangeError(`ledger sum ${value} is beyond the safe integer range`)
  return number
}

export function toBalance(row: BalanceRow): CooperativeBalance {
  return {
    currency_code: row.currency_code,
    pending: toSafeInteger(row.pending),
    earned: toSafeInteger(row.earned),
    reversed: toSafeInteger(row.reversed),
    adjusted: toSafeInteger(row.adjusted),
    advanced: toSafeInteger(row.advanced),
    paid: toSafeInteger(row.paid),
    in_draft_payouts: toSafeInteger(row.in_draft_payouts),
    balance: toSafeInteger(row.balance),
    oldest_unpaid_at: row.oldest_unpaid_at,
  }
}

export type { ImpactTotals }

export const IMPACT_SQL = `SELECT e.currency_code,
      COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'cooperative' AND e.state = 'payable' AND e.type IN ('sale', 'reversal', 'adjustment')), 0) AS cooperatives_earned,
      COALESCE(-SUM(e.amount) FILTER (WHERE e.account = 'cooperative' AND e.type IN ('payout', 'advance')), 0) AS cooperatives_paid,
      COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'cooperative' AND e.state = 'payable'), 0) AS cooperatives_owed,
      COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'cooperative' AND e.state = 'pending'), 0) AS cooperatives_pending,
      COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'community_fund' AND e.state = 'payable'), 0) AS community_fund,
      COALESCE(SUM(e.amount) FILTER (WHERE e.account = 'community_fund' AND e.state = 'pending'), 0) AS community_fund_pending,
      -- Orders whose buyers paid something (an order nobody paid for carried no money anywhere), on every row;
      -- with no row there is no entry, so no such order either.
      (SELECT COUNT(DISTINCT o.order_id) FROM ledger_entry o
        WHERE o.type = 'sale' AND o.state = 'payable' AND o.account = 'cooperative' AND o.amount > 0 AND o.deleted_at IS NULL) AS orders
    FROM ledger_entry e
   WHERE e.deleted_at IS NULL
   GROUP BY e.currency_code
   ORDER BY e.currency_code`

export interface MonthlySummaryRow {
  cooperative_id: string | null
  currency_code: string
  /** Minor units of currency_code. */
  orders: number
  sales_base: number
  cooperative_sales: number
  cooperative_reversals: number
  cooperative_adjustments: number
  cooperative_advances: number
  cooperative_pending: number
  community_fund: number
  cis_operations: number
  tax_payable: number
  card_fees: number
  paid_out: number
  payouts: number
}

/** A month's movements per cooperative and currency (payable unless named pending), and what payouts sent in it. */
export const MONTHLY_SUMMARY_SQL = `WITH moved AS (
     SELECT e.cooperative_id, e.currency_code,
            SUM(e.base_amount) FILTER (WHERE e.type = 'sale' AND e.state = 'payable' AND (e.account = 'cooperative' OR (e.source = 'shipping' AND e.account = 'cis_operations'))) AS sales_base,
            SUM(e.amount) FILTER (WHERE e.account = 'cooperative' AND e.state = 'payable' AND e.type = 'sale') AS cooperative_sales,
            SUM(e.amount) FILTER (WHERE e.account = 'cooperative' AND e.state = 'payable' AND e.type = 'reversal') AS cooperative_reversals,
            SUM(e.amount) FILTER (WHERE e.account = 'cooperative' AND e.type = 'adjustment') AS cooperative_adjustments,
            SUM(e.amount) FILTER (WHERE e.account = 'cooperative' AND e.type = 'advance') AS cooperative_advances,
            SUM(e.amount) FILTER (WHERE e.account = 'cooperative' AND e.state = 'pending') AS cooperative_pending,
            SUM(e.amount) FILTER (WHERE e.account = 'community_fund' AND e.state = 'payable') AS community_fund,
            SUM(e.amount) FILTER (WHERE e.account = 'cis_operations' AND e.state = 'payable') AS cis_operations,
            SUM(e.amount) FILTER (WHERE e.account = 'tax_payable' AND e.state = 'payable') AS tax_payable,
            SUM(e.amount) FILTER (WHERE e.account = 'card_fees') AS card_fees,
            COUNT(DISTINCT e.order_id) AS orders
       FROM ledger_entry e
      WHERE e.deleted_at IS NULL AND e.type <> 'payout' AND e.created_at >= ?::timestamptz AND e.created_at < ?::timestamptz
      GROUP BY e.cooperative_id, e.currency_code),
   paid AS (
     -- What left the bank, in the payout's currency: the sent amount, or the payout's own when sent in another currency at a rate.
     SELECT p.cooperative_id, p.currency_code,
            SUM(CASE WHEN p.sent_currency_code = p.currency_code THEN p.sent_amount ELSE p.amount END) AS paid_out, COUNT(*) AS payouts
       FROM payout p
      WHERE p.status = 'paid' AND p.deleted_at IS NULL AND p.paid_at >= ?::timestamptz AND p.paid_at < ?::timestamptz
      GROUP BY p.cooperative_id, p.currency_code)
   SELECT COALESCE(m.cooperative_id, paid.cooperative_id) AS cooperative_id,
          COALESCE(m.currency_code, paid.currency_code) AS currency_code,
          m.orders, m.sales_base, m.cooperative_sales, m.cooperative_reversals, m.cooperative_adjustments, m.cooperative_advances,
          m.cooperative_pending, m.community_fund, m.cis_operations, m.tax_payable, m.card_fees, paid.paid_out, paid.payouts
     FROM moved m
     FULL JOIN paid ON paid.cooperative_id = m.cooperative_id AND paid.currency_code = m.currency_code
    ORDER BY 1 NULLS LAST, 2`
