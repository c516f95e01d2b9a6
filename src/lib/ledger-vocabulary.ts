/** The ledger's fixed vocabularies (pure data, shared by the model, validators and reports). */
export const LEDGER_ACCOUNTS = ["cooperative", "community_fund", "cis_operations"] as const
export type LedgerAccount = (typeof LEDGER_ACCOUNTS)[number]

/** `fee`: what a card processor kept from a payment, always charged to CIS operations. */
export const LEDGER_ENTRY_TYPES = ["sale", "reversal", "adjustment", "fee"] as const
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number]

export const LEDGER_SOURCES = ["order_item", "shipping", "manual", "card_payment"] as const
export type LedgerSource = (typeof LEDGER_SOURCES)[number]

/** A row about to be appended to the ledger; amounts in integer minor units. */
export interface LedgerEntryDraft {
  account: LedgerAccount
  type: LedgerEntryType
  source: LedgerSource
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
}

/** A payout settles a cooperative's unpaid entries in one currency: draft, then paid or cancelled. */
export const PAYOUT_STATUSES = ["draft", "paid", "cancelled"] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]
