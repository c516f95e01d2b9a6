/**
 * Labels for the ledger and payout vocabularies. The codes come from the
 * backend's pure vocabulary file, and every map is a full Record over them
 * (see labelsFor), so a filter can never offer a value the API would refuse.
 */
import {
  ADJUSTMENT_COUNTER_ACCOUNTS,
  LEDGER_ACCOUNTS,
  LEDGER_ENTRY_TYPES,
  LEDGER_SOURCES,
  LEDGER_STATES,
  PAYOUT_STATUSES,
  type LedgerState,
} from "@cis/contract/ledger-vocabulary"
import { labelsFor } from "./labels"

export * from "@cis/contract/ledger-vocabulary"

export const ACCOUNT_LABELS = labelsFor(LEDGER_ACCOUNTS, { cis_operations: "CIS operations", clearing: "Clearing (money received)" })

export const ENTRY_TYPE_LABELS = labelsFor(LEDGER_ENTRY_TYPES, { fee: "Card fee" })

export const SOURCE_LABELS = labelsFor(LEDGER_SOURCES)

export const STATE_LABELS = labelsFor(LEDGER_STATES)

/** Said next to the state: pending money is not in the store's hands yet. */
export const STATE_EXPLANATIONS: Record<LedgerState, string> = {
  pending: "Awaiting the buyer's payment: shown, never paid out",
  payable: "Money received: can go into a payout",
}

export const COUNTER_ACCOUNT_LABELS = labelsFor(ADJUSTMENT_COUNTER_ACCOUNTS, { cis_operations: "CIS operations" })

export const PAYOUT_STATUS_LABELS = labelsFor(PAYOUT_STATUSES)
