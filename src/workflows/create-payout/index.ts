import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createDraftPayoutStep, type CreatePayoutInput } from "./steps/create-draft-payout-step"

export const createPayoutWorkflowId = "create-payout"

export const createPayoutWorkflow = createWorkflow(createPayoutWorkflowId, (input: CreatePayoutInput) => {
  return new WorkflowResponse(createDraftPayoutStep(input))
})
