import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { settlePayoutStep } from "../steps/settle-payout"

export const cancelPayoutWorkflow = createWorkflow("cancel-payout", (input: { id: string; to: "cancelled" }) =>
  new WorkflowResponse(settlePayoutStep(input))
)
