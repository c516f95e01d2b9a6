import { model } from "@medusajs/framework/utils"
import { LEDGER_ACCOUNTS, LEDGER_ENTRY_TYPES, LEDGER_SOURCES } from "../../../lib/ledger-vocabulary"

/**
 * One line of the append-only revenue ledger. Amounts are integer MINOR
 * units of `currency_code` (cents), never floats; rows are only ever added:
 * a mistake is corrected by a reversal or an adjustment, not an edit.
 */
const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "ledg" }).primaryKey(),
    account: model.enum([...LEDGER_ACCOUNTS]),
    type: model.enum([...LEDGER_ENTRY_TYPES]),
    /** What the entry accounts for: an order item, an order's shipping, or a staff decision. */
    source: model.enum([...LEDGER_SOURCES]),
    /** The cooperative whose sale this is (on all three accounts' rows); null for shipping. */
    cooperative_id: model.text().nullable(),
    order_id: model.text().nullable(),
    /** The order item or shipping method the amount comes from; for a fee, the card payment. */
    source_line_id: model.text().nullable(),
    product_id: model.text().nullable(),
    currency_code: model.text(),
    amount: model.number(),
    /** The whole being split, and this account's share of it in basis points. */
    base_amount: model.number(),
    share_bps: model.number(),
    created_by: model.text(),
    reason: model.text().nullable(),
    payout_id: model.text().nullable(),
  })
  .indexes([
    // An order line's sale is recorded once per account, whatever retries or duplicate events do.
    {
      name: "IDX_ledger_entry_one_sale_per_line_account",
      on: ["source_line_id", "account"],
      unique: true,
      where: "type = 'sale' AND deleted_at IS NULL",
    },
    // A card payment's fee is recorded once, whichever of the capture event, the order event or the job gets there first.
    {
      name: "IDX_ledger_entry_one_fee_per_payment",
      on: ["source_line_id"],
      unique: true,
      where: "type = 'fee' AND deleted_at IS NULL",
    },
    { name: "IDX_ledger_entry_cooperative_currency", on: ["cooperative_id", "currency_code"], where: "deleted_at IS NULL" },
    { name: "IDX_ledger_entry_order", on: ["order_id"], where: "deleted_at IS NULL" },
    { name: "IDX_ledger_entry_payout", on: ["payout_id"], where: "deleted_at IS NULL" },
  ])
  .checks([
    { name: "CHK_ledger_entry_share_bps", expression: (columns) => `${columns.share_bps} BETWEEN 0 AND 10000` },
    {
      name: "CHK_ledger_entry_adjustment_reason",
      expression: (columns) => `${columns.type} <> 'adjustment' OR ${columns.reason} IS NOT NULL`,
    },
  ])

export default LedgerEntry
