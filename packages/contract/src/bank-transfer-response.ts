/** Bank transfers as the admin routes answer them: orders awaiting one, and imported statements with their lines. Amounts in integer minor units. */
import type { OffsetPage } from "./json-date"

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

export type AwaitingTransfer = {
  order_id: string
  display_id: number
  /** What the buyer writes on the transfer. */
  reference: string
  email: string | null
  currency_code: string
  amount_due: number
  placed_at: string
  days_waiting: number
  deadline: string
  reminder_sent_at: string | null
  cancels_at: string
}
/** GET /admin/bank-transfer/awaiting */
export type AdminAwaitingTransfersResponse = {
  orders: AwaitingTransfer[]
  count: number
  settings: { reminder_days: number; cancel_days: number }
}

export type StatementLine = {
  id: string
  row_number: number
  /** The bank's booking date as the file wrote it (YYYY-MM-DD). */
  booked_on: string
  amount: number
  currency_code: string
  description: string
  status: StatementLineStatus
  note: string | null
  order_id: string | null
  order_display_id: number | null
  expected_amount: number | null
  payment_id: string | null
  confirmed_by: string | null
  confirmed_at: string | null
}

export type StatementSummary = {
  id: string
  file_name: string
  imported_by: string
  credit_count: number
  duplicate_count: number
  skipped_count: number
  created_at: string
}
export type Statement = StatementSummary & { lines: StatementLine[] }

/** GET /admin/bank-transfer/statements */
export type AdminStatementListResponse = OffsetPage & { statements: StatementSummary[] }
/** GET /admin/bank-transfer/statements/:id, POST /admin/bank-transfer/statements */
export type AdminStatementResponse = { statement: Statement }

/** Per line: captured, or why not. */
export type ConfirmResult = { line_id: string; row_number: number; captured: boolean; message: string | null }
/** POST /admin/bank-transfer/statements/:id/confirm */
export type AdminConfirmStatementResponse = { results: ConfirmResult[]; statement: Statement }
