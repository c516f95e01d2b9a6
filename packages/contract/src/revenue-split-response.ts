/** The revenue split as the admin setting and the store's answers carry it. */

/** The community development fund's share of each line, in basis points (100 = 1%). */
export type RevenueSplit = { community_fund_bps: number }

/** GET /admin/revenue-split, POST /admin/revenue-split */
export type AdminRevenueSplitResponse = { revenue_split: RevenueSplit }

/** GET /store/revenue-split: the store-wide fund share the product page splits a price with. */
export type StoreRevenueSplitResponse = RevenueSplit

/** One cooperative's part of an order; amounts in MINOR units. */
export type OrderSplitCooperative = {
  id: string
  handle: string
  name: string
  amount: number
  /** How much of `amount` still waits for the buyer's money. */
  pending: number
}

/** Where an order's money went, as the ledger recorded it; amounts in MINOR units. */
export type OrderRevenueSplit = {
  currency_code: string
  /** False for a moment after the order is placed, until the ledger has written the split. */
  recorded: boolean
  /** Whether the buyer's money is in; until then (e.g. a transfer on its way) the shares are pending. */
  paid: boolean
  /** Each part as it will be once paid, largest first. */
  cooperatives: OrderSplitCooperative[]
  community_fund: number
  cis_operations: number
}

/** GET /store/orders/:id/revenue-split */
export type StoreOrderRevenueSplitResponse = { split: OrderRevenueSplit }
