/**
 * Labels for the ledger and payout vocabularies. The codes come from the
 * backend's pure vocabulary file, and every map is a full Record over them,
 * so a code added there fails the type-check here until it has a label, and a
 * filter can never offer a value the API would refuse.
 */
import type {
  AdjustmentCounterAccount,
  LedgerAccount,
  LedgerEntryType,
  LedgerSource,
  LedgerState,
  PayoutStatus,
} from "@cis/contract/ledger-vocabulary"

export * from "@cis/contract/ledger-vocabulary"

export const ACCOUNT_LABELS: Record<LedgerAccount, string> = {
  cooperative: "Cooperative",
  community_fund: "Community fund",
  cis_operations: "CIS operations",
  tax_payable: "Tax payable",
  card_fees: "Card fees",
  clearing: "Clearing (money received)",
}

export const ENTRY_TYPE_LABELS: Record<LedgerEntryType, string> = {
  sale: "Sale",
  reversal: "Reversal",
  adjustment: "Adjustment",
  fee: "Card fee",
  payout: "Payout",
  advance: "Advance",
}

export const SOURCE_LABELS: Record<LedgerSource, string> = {
  order_item: "Order item",
  shipping: "Shipping",
  order: "Order",
  manual: "Manual",
  card_payment: "Card payment",
  payout: "Payout",
  advance: "Advance",
}

export const STATE_LABELS: Record<LedgerState, string> = {
  pending: "Pending",
  payable: "Payable",
}

/** Said next to the state: pending money is not in the store's hands yet. */
export const STATE_EXPLANATIONS: Record<LedgerState, string> = {
  pending: "Awaiting the buyer's payment: shown, never paid out",
  payable: "Money received: can go into a payout",
}

export const COUNTER_ACCOUNT_LABELS: Record<AdjustmentCounterAccount, string> = {
  cis_operations: "CIS operations",
  community_fund: "Community fund",
}

export const PAYOUT_STATUS_LABELS: Record<PayoutStatus, string> = {
  draft: "Draft",
  paid: "Paid",
  cancelled: "Cancelled",
}
