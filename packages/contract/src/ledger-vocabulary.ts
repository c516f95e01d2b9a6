/** The ledger's fixed vocabularies (pure data, shared by the model, validators and reports). */

/**
 * Double entry: every movement is a set of rows that adds up to zero.
 * - `cooperative`, `community_fund`, `cis_operations`: what the money received is owed to;
 * - `tax_payable`: the tax inside it, as Medusa computed it, owed to the tax authorities;
 * - `card_fees`: what card processors kept (borne by CIS operations);
 * - `clearing`: the other side of all of them, money received from buyers (negative:
 *   received; as pending: still to be received) and money sent out (payouts, advances).
 */
export const LEDGER_ACCOUNTS = ["cooperative", "community_fund", "cis_operations", "tax_payable", "card_fees", "clearing"] as const
export type LedgerAccount = (typeof LEDGER_ACCOUNTS)[number]

/** The three accounts a sale's net revenue is split between. */
export const SPLIT_ACCOUNTS = ["cooperative", "community_fund", "cis_operations"] as const
export type SplitAccount = (typeof SPLIT_ACCOUNTS)[number]

/** An order's share is `pending` until the buyer's money is captured, then `payable`; only payable rows go into payouts. */
export const LEDGER_STATES = ["pending", "payable"] as const
export type LedgerState = (typeof LEDGER_STATES)[number]

/**
 * - `sale`: an order's books as if nothing went back; `reversal`: what returns, refunds and
 *   cancellations changed (re-credits included). Both may be corrected, never edited.
 * - `adjustment`: a staff correction between a cooperative and another account.
 * - `fee`: what a card processor kept from a payment, charged to CIS operations.
 * - `payout`: money sent to a cooperative (and any difference left on its balance).
 * - `advance`: money sent ahead of sales, netted against the next payable sales.
 */
export const LEDGER_ENTRY_TYPES = ["sale", "reversal", "adjustment", "fee", "payout", "advance"] as const
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number]

/** `order`: an order's own rows (its clearing side, money held for a refund); `manual`: a staff adjustment. */
export const LEDGER_SOURCES = ["order_item", "shipping", "order", "manual", "card_payment", "payout", "advance"] as const
export type LedgerSource = (typeof LEDGER_SOURCES)[number]

/** A row about to be appended to the ledger; amounts in integer minor units. */
export interface LedgerEntryDraft {
  account: LedgerAccount
  state?: LedgerState
  type: LedgerEntryType
  source: LedgerSource
  transaction_id?: string | null
  cooperative_id: string | null
  order_id: string | null
  source_line_id: string | null
  product_id: string | null
  currency_code: string
  amount: number
  base_amount: number
  share_bps: number
  created_by: string
  reason?: string | null
  payout_id?: string | null
}

/** A payout settles a cooperative's unpaid entries in one currency: draft, then paid or cancelled. */
export const PAYOUT_STATUSES = ["draft", "paid", "cancelled"] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]

/** The accounts an adjustment may move money from (or to) when it credits (or debits) a cooperative. */
export const ADJUSTMENT_COUNTER_ACCOUNTS = ["cis_operations", "community_fund"] as const
export type AdjustmentCounterAccount = (typeof ADJUSTMENT_COUNTER_ACCOUNTS)[number]
