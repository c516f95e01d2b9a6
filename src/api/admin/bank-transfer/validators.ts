import { z } from "@medusajs/framework/zod"
import { compactCode, transferDetailsProblems } from "../../../lib/bank-details"
import { currencyDigits } from "@cis/contract/currency"

const knownCurrency = z
  .string()
  .regex(/^[a-zA-Z]{3}$/, { message: "currency_code must be a three-letter ISO code" })
  .refine(
    (code) => {
      try {
        currencyDigits(code)
        return true
      } catch {
        return false
      }
    },
    { message: "currency_code is not a known currency" }
  )
  .transform((code) => code.toLowerCase())

export const CurrencyParam = z.object({ currency: knownCurrency }).strict()

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

/** The body of POST /admin/bank-transfer/instructions/:currency; the currency comes from the path. */
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

/** Checks needing the currency (ABA for USD) and the check digits; "field: reason" lines. */
export function instructionProblems(currency_code: string, body: AdminUpsertTransferInstructionsType): string[] {
  return transferDetailsProblems({ currency_code, ...body })
}

export const AdminImportStatement = z
  .object({
    file_name: z.string().trim().min(1, { message: "file_name is required" }).max(255),
    /** The CSV file's text, as read by the browser. */
    content: z.string().min(1, { message: "content: the file is empty" }).max(2_000_000, { message: "content: at most 2 MB per file" }),
    /** For statements without a currency column. */
    currency_code: knownCurrency.optional(),
    date_order: z.enum(["dmy", "mdy"]).optional(),
  })
  .strict()
export type AdminImportStatementType = z.infer<typeof AdminImportStatement>

export const AdminConfirmStatementLines = z
  .object({ line_ids: z.array(z.string().min(1)).min(1, { message: "line_ids: choose at least one line" }).max(500) })
  .strict()
export type AdminConfirmStatementLinesType = z.infer<typeof AdminConfirmStatementLines>

export const AdminListParams = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListParamsType = z.infer<typeof AdminListParams>

