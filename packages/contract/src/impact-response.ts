/**
 * GET /store/impact: what buyers' money has done, in total. Amounts are
 * integer MINOR units of each currency (unlike Medusa's own amounts); no
 * order's own figures.
 */
export interface ImpactTotals {
  currency_code: string
  /** The cooperatives' net payable share of what buyers have paid (net of refunds and returns). */
  cooperatives_earned: number
  /** Sent to them (payouts and advances). */
  cooperatives_paid: number
  /** Still owed of what buyers paid. */
  cooperatives_owed: number
  /** Shares of orders whose buyers have not paid yet (e.g. a bank transfer on its way). */
  cooperatives_pending: number
  community_fund: number
  community_fund_pending: number
}

export interface Impact {
  totals: ImpactTotals[]
  /** Active cooperatives. */
  cooperatives: number
  /** Orders whose buyers have paid. */
  orders: number
}

export type StoreImpactResponse = { impact: Impact }
