import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { InvalidDataResponse } from "@cis/contract/invalid-data"
import { assertHandleFreeStepId } from "../../../workflows/steps/assert-handle-free"
import { assertSharesFitStepId } from "../../../workflows/steps/assert-shares-fit"

/** The body field each rule step judges, known by the step's id (not by its message). */
const FIELD_OF_STEP: Record<string, string> = {
  [assertHandleFreeStepId]: "handle",
  [assertSharesFitStepId]: "share_bps",
}

/**
 * Answers a cooperative workflow's failure: a rule's refusal (handle taken,
 * share too large) as the same 400 a schema refusal gives, with the field's
 * path in `issues`; anything else is thrown to Medusa's handler, as before.
 */
export function answerFailure(res: MedusaResponse<InvalidDataResponse>, failure: { action: string; error: unknown }): void {
  const error = failure.error as MedusaError | undefined
  const field = FIELD_OF_STEP[failure.action]
  if (!field || error?.type !== MedusaError.Types.INVALID_DATA) throw failure.error
  res.status(400).json({ type: "invalid_data", message: error.message, issues: [{ path: [field], message: error.message }] })
}
