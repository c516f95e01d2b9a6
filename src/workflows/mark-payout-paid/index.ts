import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { settlePayoutStep, type SettlePayoutInput } from "../steps/settle-payout"

export const markPayoutPaidWorkflow = createWorkflow(
  "mark-payout-paid",
  (input: Extract<SettlePayoutInput, { to: "paid" }>) => new WorkflowResponse(settlePayoutStep(input))
)
