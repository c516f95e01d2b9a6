import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { parseStatement, StatementError, type StatementOptions } from "../../../lib/bank-statement"

export const parseStatementStepId = "parse-bank-statement"

/** The file's credits, or a 400 naming the rows that cannot be read (nothing is stored then). Pure, nothing to undo. */
export const parseStatementStep = createStep(parseStatementStepId, async (input: { content: string; options: StatementOptions }) => {
  try {
    return new StepResponse(parseStatement(input.content, input.options))
  } catch (error) {
    if (error instanceof StatementError) throw new MedusaError(MedusaError.Types.INVALID_DATA, `file: ${error.message}`)
    throw error
  }
})
