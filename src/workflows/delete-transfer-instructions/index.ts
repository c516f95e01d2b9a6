import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteTransferInstructionsStep } from "./steps/delete-transfer-instructions-step"

export const deleteTransferInstructionsWorkflow = createWorkflow("delete-transfer-instructions", (input: { currency_code: string }) =>
  new WorkflowResponse(deleteTransferInstructionsStep(input))
)
