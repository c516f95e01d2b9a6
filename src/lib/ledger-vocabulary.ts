/** The ledger's fixed vocabularies (pure data, shared by the model, validators and reports). */
export const LEDGER_ACCOUNTS = ["cooperative", "community_fund", "cis_operations"] as const
export type LedgerAccount = (typeof LEDGER_ACCOUNTS)[number]

export const LEDGER_ENTRY_TYPES = ["sale", "reversal", "adjustment"] as const
export type LedgerEntryType = (typeof LEDGER_ENTRY_TYPES)[number]

export const LEDGER_SOURCES = ["order_item", "shipping", "manual"] as const
export type LedgerSource = (typeof LEDGER_SOURCES)[number]
