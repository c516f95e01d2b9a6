import { model } from "@medusajs/framework/utils"
import { LEDGER_ACCOUNTS, LEDGER_ENTRY_TYPES, LEDGER_SOURCES, LEDGER_STATES } from "@cis/contract/ledger-vocabulary"

/**
 * One row of the append-only, double-entry ledger. Amounts are integer MINOR
 * units of `currency_code` (cents), never floats. Rows of one movement share a
 * `transaction_id` and add up to zero per state; a mistake is corrected by a
 * new movement, never by editing or deleting a row.
 */
const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "ledg" }).primaryKey(),
    /** The movement this row belongs to; null only on rows written before the ledger was double entry. */
    transaction_id: model.text().nullable(),
    account: model.enum([...LEDGER_ACCOUNTS]),
    state: model.enum([...LEDGER_STATES]).default("payable"),
    type: model.enum([...LEDGER_ENTRY_TYPES]),
    /** What the entry accounts for: an order item, an order's shipping, the order itself, a staff decision, a payout... */
    source: model.enum([...LEDGER_SOURCES]),
    /** The cooperative whose sale, payout or adjustment this is (on every account's row of it); null for shipping. */
    cooperative_id: model.text().nullable(),
    order_id: model.text().nullable(),
    /** The order item, shipping method or order; for a fee, the card payment; for a payout or advance, its id. */
    source_line_id: model.text().nullable(),
    product_id: model.text().nullable(),
    currency_code: model.text(),
    amount: model.number(),
    /** The whole being split, and this account's share of it in basis points. */
    base_amount: model.number(),
    share_bps: model.number(),
    created_by: model.text(),
    reason: model.text().nullable(),
    /** The payout that settles this row (cooperative rows only). */
    payout_id: model.text().nullable(),
  })
  .indexes([
    // A card payment's fee is recorded once per account, whichever of the capture event, the order event or the job gets there first.
    {
      name: "IDX_ledger_entry_one_fee_per_payment_account",
      on: ["source_line_id", "account"],
      unique: true,
      where: "type = 'fee' AND deleted_at IS NULL",
    },
    { name: "IDX_ledger_entry_cooperative_currency", on: ["cooperative_id", "currency_code"], where: "deleted_at IS NULL" },
    { name: "IDX_ledger_entry_order", on: ["order_id"], where: "deleted_at IS NULL" },
    { name: "IDX_ledger_entry_payout", on: ["payout_id"], where: "deleted_at IS NULL" },
    { name: "IDX_ledger_entry_transaction", on: ["transaction_id"], where: "deleted_at IS NULL" },
  ])
  .checks([
    { name: "CHK_ledger_entry_share_bps", expression: (columns) => `${columns.share_bps} BETWEEN 0 AND 10000` },
    {
      name: "CHK_ledger_entry_adjustment_reason",
      expression: (columns) => `${columns.type} <> 'adjustment' OR ${columns.reason} IS NOT NULL`,
    },
    // Only an order's share can wait for the buyer's money, and a payout only ever settles money received.
    {
      name: "CHK_ledger_entry_pending_is_order_share",
      expression: (columns) => `${columns.state} = 'payable' OR (${columns.type} IN ('sale', 'reversal') AND ${columns.payout_id} IS NULL)`,
    },
  ])

export default LedgerEntry
