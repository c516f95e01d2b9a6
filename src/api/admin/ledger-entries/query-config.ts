import type { AdminLedgerEntry } from "@cis/contract/ledger-entry-response"
import { contractFields } from "../../contract-fields"
import { listQueryConfig } from "../list-page"

/** A ledger row as staff see it; `order_display_id` is not a column but the order's number, looked up when asked for. */
export const adminLedgerEntryFields = contractFields<AdminLedgerEntry>()([
  "id",
  "transaction_id",
  "account",
  "state",
  "type",
  "source",
  "cooperative_id",
  "order_id",
  "source_line_id",
  "product_id",
  "currency_code",
  "amount",
  "base_amount",
  "share_bps",
  "created_by",
  "reason",
  "payout_id",
  "created_at",
  "order_display_id",
])

/** GET /admin/ledger-entries */
export const listAdminLedgerEntriesQueryConfig = listQueryConfig(adminLedgerEntryFields, 50)
