/**
 * What became of an incoming transfer read from a bank statement.
 * - proposed: names one awaiting order and pays exactly what it owes; staff confirm it.
 * - over: names one awaiting order and pays more; staff may confirm it (and refund the excess).
 * - partial: names one awaiting order and pays less; not captured, staff follow up.
 * - unmatched: names no awaiting order in its currency, or several; staff look at it.
 * - confirmed: staff confirmed it and the order's payment was captured.
 */
export const STATEMENT_LINE_STATUSES = ["proposed", "over", "partial", "unmatched", "confirmed"] as const
export type StatementLineStatus = (typeof STATEMENT_LINE_STATUSES)[number]

/** Lines staff may confirm: the buyer paid at least what the order owes. */
export const CONFIRMABLE_STATUSES: ReadonlySet<StatementLineStatus> = new Set(["proposed", "over"])
