import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { StatementOptions } from "../../lib/bank-statement"
import { parseStatementStep } from "./steps/parse-statement-step"
import { storeStatementStep } from "./steps/store-statement-step"

export interface ImportBankStatementInput {
  file_name: string
  content: string
  options: StatementOptions
  imported_by: string
}

/** Staff upload their bank's statement: its incoming transfers are kept once each, with a proposed order for each. Nothing is captured here. */
export const importBankStatementWorkflow = createWorkflow("import-bank-statement", (input: ImportBankStatementInput) => {
  const parsed = parseStatementStep(transform({ input }, ({ input }) => ({ content: input.content, options: input.options })))
  const stored = storeStatementStep(
    transform({ input, parsed }, ({ input, parsed }) => ({ file_name: input.file_name, imported_by: input.imported_by, parsed }))
  )
  return new WorkflowResponse(stored)
})
