/**
 * A ledger row as the routes answer it (amounts in integer minor units), for
 * staff (every field) and for a coordinator (its own cooperative's rows, the
 * order by number only: an order's id would open the buyer's address).
 */
import type { OffsetPage } from "./json-date"
import type { LedgerAccount, LedgerEntryDraft, LedgerEntryType, LedgerSource, LedgerState } from "./ledger-vocabulary"

/** A stored row: the draft's fields, all present, plus its id and date. */
export type LedgerEntry = Required<Omit<LedgerEntryDraft, "state" | "transaction_id" | "reason" | "payout_id">> & {
  id: string
  state: LedgerState
  /** The movement the row belongs to (its rows add up to zero); null on rows from before double entry. */
  transaction_id: string | null
  reason: string | null
  payout_id: string | null
  created_at: string
}

/** GET /admin/ledger-entries: each row with its order's number (#1042), null for rows of no order or an order no longer found. */
export type AdminLedgerEntry = LedgerEntry & { order_display_id: number | null }
export type AdminLedgerEntryListResponse = OffsetPage & { ledger_entries: AdminLedgerEntry[] }

/** POST /admin/ledger-entries/adjustments: the cooperative's row and the whole movement. */
export type AdminAdjustmentResponse = { ledger_entry: LedgerEntry | undefined; ledger_entries: LedgerEntry[] }

/** GET /coordinator/ledger-entries: the cooperative account's rows; `pending` until the buyer pays, only `payable` rows are paid out. */
export type CoordinatorLedgerEntry = Pick<
  LedgerEntry,
  "id" | "type" | "state" | "source" | "product_id" | "currency_code" | "amount" | "base_amount" | "share_bps" | "reason" | "payout_id" | "created_at"
> & { order_display_id: number | null }
export type CoordinatorLedgerEntryListResponse = OffsetPage & { ledger_entries: CoordinatorLedgerEntry[] }

export type { LedgerAccount, LedgerEntryType, LedgerSource, LedgerState }
