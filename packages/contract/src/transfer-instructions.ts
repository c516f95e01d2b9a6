/**
 * The body of POST /admin/bank-transfer/instructions/:currency (the account
 * buyers pay into), defined once for the route and the dashboard's form. The
 * checks that need the currency (ABA for USD) and the check digits are
 * `instructionIssues`, which the route and the form both run after the schema.
 */
import { z } from "zod"
import { compactCode, transferDetailsIssues } from "./bank-details"

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null))
const optionalCode = (max: number) =>
  z
    .string()
    .max(max)
    .nullish()
    .transform((value) => (value && value.trim() ? compactCode(value) : null))

export const AdminUpsertTransferInstructions = z
  .object({
    beneficiary: z.string().trim().min(1, { message: "beneficiary is required" }).max(200),
    bank_name: z.string().trim().min(1, { message: "bank_name is required" }).max(200),
    bank_address: optionalText(300),
    account_number: optionalText(64),
    iban: optionalCode(42),
    swift_bic: optionalCode(11),
    aba_routing: optionalText(11),
    days_to_pay: z.number().int({ message: "days_to_pay must be whole days" }).min(1).max(60),
    note: optionalText(1000),
  })
  .strict()
export type AdminUpsertTransferInstructionsType = z.infer<typeof AdminUpsertTransferInstructions>
export type AdminUpsertTransferInstructionsBody = z.input<typeof AdminUpsertTransferInstructions>

/** What the account details lack for this currency, or get wrong, each by its field's path (the check digits included). */
export function instructionIssues(
  currency_code: string,
  body: AdminUpsertTransferInstructionsType
): { path: string[]; message: string }[] {
  return transferDetailsIssues({ currency_code, ...body }).map(({ field, reason }) => ({ path: [field], message: `${field}: ${reason}` }))
}

/**
 * The body with the checks that need the currency, for a form that knows it
 * (the dashboard's): each problem of transferDetailsIssues on its field.
 */
export const transferInstructionsFor = (currency_code: string) =>
  AdminUpsertTransferInstructions.superRefine((body, ctx) => {
    for (const { field, reason } of transferDetailsIssues({ currency_code, ...body })) {
      ctx.addIssue({ code: "custom", path: [field], message: reason })
    }
  })
