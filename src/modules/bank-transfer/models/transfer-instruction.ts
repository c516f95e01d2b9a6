import { model } from "@medusajs/framework/utils"

/**
 * Where a buyer paying in one currency sends the money: one row per
 * currency, set by staff. A currency without a row is not offered the bank
 * transfer at checkout. `is_example` marks the demo seed's made-up details,
 * which the dashboard warns about until staff replace them.
 */
const TransferInstruction = model
  .define("transfer_instruction", {
    id: model.id({ prefix: "btins" }).primaryKey(),
    /** Lowercase ISO 4217, as Medusa writes currency codes. */
    currency_code: model.text(),
    beneficiary: model.text(),
    bank_name: model.text(),
    bank_address: model.text().nullable(),
    account_number: model.text().nullable(),
    iban: model.text().nullable(),
    swift_bic: model.text().nullable(),
    /** US domestic transfers (ACH, Fedwire) need the bank's ABA routing number. */
    aba_routing: model.text().nullable(),
    /** The buyer is asked to pay within this many days of ordering. */
    days_to_pay: model.number(),
    /** Anything else the buyer must know, shown as written (both languages in one text). */
    note: model.text().nullable(),
    is_example: model.boolean().default(false),
    updated_by: model.text().nullable(),
  })
  .indexes([{ name: "IDX_transfer_instruction_currency_unique", on: ["currency_code"], unique: true, where: "deleted_at IS NULL" }])

export default TransferInstruction
