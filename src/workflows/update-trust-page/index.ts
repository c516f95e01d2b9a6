import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateTrustPageStep, type UpdateTrustPageInput } from "./steps/update-trust-page-step"

export type { UpdateTrustPageInput } from "./steps/update-trust-page-step"

/** Staff rewrite a trust page (about, shipping, returns, privacy, contact) in one or both languages. */
export const updateTrustPageWorkflow = createWorkflow("update-trust-page", (input: UpdateTrustPageInput) =>
  new WorkflowResponse(updateTrustPageStep(input))
)
