import { z } from "@medusajs/framework/zod"
import { knownCurrency as knownCurrencyCode } from "@cis/contract/currency-code"
import { listPageParams } from "../list-page"

const knownCurrency = knownCurrencyCode("currency_code")

export const CurrencyParam = z.object({ currency: knownCurrency }).strict()

/** The body of POST /admin/bank-transfer/instructions/:currency is the contract's, shared with the dashboard's form. */
export {
  AdminUpsertTransferInstructions,
  instructionIssues,
  type AdminUpsertTransferInstructionsType,
} from "@cis/contract/transfer-instructions"

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

export const AdminGetStatementsParams = listPageParams({ limit: 20, max: 100 }).strict()
export type AdminGetStatementsParamsType = z.infer<typeof AdminGetStatementsParams>

