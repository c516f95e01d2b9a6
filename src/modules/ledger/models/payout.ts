import { model } from "@medusajs/framework/utils"
import { PAYOUT_METHODS } from "@cis/contract/cooperative-vocabulary"
import { PAYOUT_STATUSES } from "@cis/contract/ledger-vocabulary"

/**
 * Money sent (or about to be sent) to a cooperative. A draft reserves the
 * cooperative's unpaid payable entries in one currency up to a date (their
 * payout_id); paying records what actually left, in what currency, and
 * writes the movement (the cooperative's balance down by what was sent).
 */
const Payout = model
  .define("payout", {
    id: model.id({ prefix: "payout" }).primaryKey(),
    cooperative_id: model.text(),
    currency_code: model.text(),
    status: model.enum([...PAYOUT_STATUSES]).default("draft"),
    up_to: model.dateTime(),
    /** The reserved entries' sum, in minor units of currency_code. */
    amount: model.number(),
    entry_count: model.number(),
    created_by: model.text(),
    paid_at: model.dateTime().nullable(),
    reference: model.text().nullable(),
    method: model.enum([...PAYOUT_METHODS]).nullable(),
    /** What left the bank, in minor units of sent_currency_code. */
    sent_amount: model.number().nullable(),
    sent_currency_code: model.text().nullable(),
    /** Units of sent_currency_code per unit of currency_code, as an exact decimal, when they differ. */
    exchange_rate: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
  })
  .indexes([{ name: "IDX_payout_cooperative_status", on: ["cooperative_id", "status"], where: "deleted_at IS NULL" }])
  .checks([
    {
      name: "CHK_payout_paid_fields",
      expression: (c) =>
        `${c.status} <> 'paid' OR (${c.paid_at} IS NOT NULL AND ${c.reference} IS NOT NULL AND ${c.method} IS NOT NULL AND ${c.sent_amount} > 0 AND ${c.sent_currency_code} IS NOT NULL)`,
    },
  ])

export default Payout
