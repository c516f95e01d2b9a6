import { model } from "@medusajs/framework/utils"
import { STATEMENT_LINE_STATUSES } from "../../../lib/statement-vocabulary"
import StatementImport from "./statement-import"

/**
 * One incoming transfer read from a bank statement, and what became of it:
 * proposed for an awaiting order (reference and exact amount), flagged
 * (partial, over, unmatched) or confirmed by staff, which captured the
 * order's payment. The fingerprint is unique, so the same line imported
 * twice is one row; and only one confirmed line may name an order.
 */
const StatementLine = model
  .define("statement_line", {
    id: model.id({ prefix: "bsline" }).primaryKey(),
    import: model.belongsTo(() => StatementImport, { mappedBy: "lines" }),
    fingerprint: model.text(),
    /** The line's row in the file (1 = the header), to name it in messages. */
    row_number: model.number(),
    booked_on: model.text(),
    /** Minor units of currency_code, always positive (credits only). */
    amount: model.number(),
    currency_code: model.text(),
    description: model.text(),
    status: model.enum([...STATEMENT_LINE_STATUSES]),
    /** Why it is flagged, for staff ("paid 10.00 less than due", "2 awaiting orders named"). */
    note: model.text().nullable(),
    order_id: model.text().nullable(),
    order_display_id: model.number().nullable(),
    /** What the order awaited, minor units, at import time. */
    expected_amount: model.number().nullable(),
    payment_id: model.text().nullable(),
    confirmed_by: model.text().nullable(),
    confirmed_at: model.dateTime().nullable(),
  })
  .indexes([
    { name: "IDX_statement_line_fingerprint_unique", on: ["fingerprint"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_statement_line_confirmed_order_unique", on: ["order_id"], unique: true, where: "status = 'confirmed' AND deleted_at IS NULL" },
    { name: "IDX_statement_line_status", on: ["status"], where: "deleted_at IS NULL" },
  ])

export default StatementLine
