import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createDraftPayoutStep, type CreatePayoutInput } from "./create-draft-payout-step"

export const createPayoutWorkflow = createWorkflow("create-payout", (input: CreatePayoutInput) => {
  return new WorkflowResponse(createDraftPayoutStep(input))
})
