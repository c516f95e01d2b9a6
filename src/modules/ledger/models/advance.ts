import { model } from "@medusajs/framework/utils"
import { PAYOUT_METHODS } from "@cis/contract/cooperative-vocabulary"

/**
 * Money paid to a cooperative ahead of its sales (fair-trade pre-financing,
 * often half an order up front). It is paid at once and recorded as a
 * negative row on the cooperative's balance, which later payable sales net
 * out in the next payouts.
 */
const Advance = model
  .define("advance", {
    id: model.id({ prefix: "adv" }).primaryKey(),
    cooperative_id: model.text(),
    currency_code: model.text(),
    /** Minor units of currency_code, more than zero. */
    amount: model.number(),
    paid_at: model.dateTime(),
    reference: model.text(),
    method: model.enum([...PAYOUT_METHODS]),
    reason: model.text(),
    created_by: model.text(),
  })
  .indexes([{ name: "IDX_advance_cooperative", on: ["cooperative_id"], where: "deleted_at IS NULL" }])
  .checks([{ name: "CHK_advance_amount_positive", expression: (c) => `${c.amount} > 0` }])

export default Advance
