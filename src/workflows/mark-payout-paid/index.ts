import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { settlePayoutStep, type SettlePayoutInput } from "../steps/settle-payout"

export const markPayoutPaidWorkflowId = "mark-payout-paid"

/** Records a payout as sent; `payout.paid` lets the statement reach the cooperative (email). */
export const markPayoutPaidWorkflow = createWorkflow(markPayoutPaidWorkflowId, (input: Extract<SettlePayoutInput, { to: "paid" }>) => {
  const payout = settlePayoutStep(input)
  // The cooperative's statement email listens for this (subscribers/payout-paid-email.ts).
  emitEventStep({ eventName: "payout.paid", data: transform({ payout }, ({ payout }) => ({ id: payout.id })) })
  return new WorkflowResponse(payout)
})
