// The statuses are the contract's: the dashboard reads them from the same list.
import type { StatementLineStatus } from "@cis/contract/bank-transfer-response"
export { STATEMENT_LINE_STATUSES, type StatementLineStatus } from "@cis/contract/bank-transfer-response"

/** Lines staff may confirm: the buyer paid at least what the order owes. */
export const CONFIRMABLE_STATUSES: ReadonlySet<StatementLineStatus> = new Set(["proposed", "over"])
