/** The revenue split setting as GET/POST /admin/revenue-split answer it. */

/** The community development fund's share of each line, in basis points (100 = 1%). */
export type RevenueSplit = { community_fund_bps: number }

/** GET /admin/revenue-split, POST /admin/revenue-split */
export type AdminRevenueSplitResponse = { revenue_split: RevenueSplit }
