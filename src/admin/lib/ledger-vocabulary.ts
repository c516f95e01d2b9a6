/**
 * Labels for the ledger and payout vocabularies. The codes come from the
 * backend's pure vocabulary file, so a filter can never offer a value the
 * API would refuse.
 */
import type { LedgerAccount, LedgerEntryType, LedgerSource, PayoutStatus } from "../../lib/ledger-vocabulary"

export * from "../../lib/ledger-vocabulary"

export const ACCOUNT_LABELS: Record<LedgerAccount, string> = {
  cooperative: "Cooperative",
  community_fund: "Community fund",
  cis_operations: "CIS operations",
}

export const ENTRY_TYPE_LABELS: Record<LedgerEntryType, string> = {
  sale: "Sale",
  reversal: "Reversal",
  adjustment: "Adjustment",
  fee: "Card fee",
}

export const SOURCE_LABELS: Record<LedgerSource, string> = {
  order_item: "Order item",
  shipping: "Shipping",
  manual: "Manual",
  card_payment: "Card payment",
}

export const PAYOUT_STATUS_LABELS: Record<PayoutStatus, string> = {
  draft: "Draft",
  paid: "Paid",
  cancelled: "Cancelled",
}
