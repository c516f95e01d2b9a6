import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { settlePayoutStep, type SettlePayoutInput } from "../steps/settle-payout"

export const markPayoutPaidWorkflow = createWorkflow("mark-payout-paid", (input: Extract<SettlePayoutInput, { to: "paid" }>) => {
  const payout = settlePayoutStep(input)
  // The cooperative's statement email listens for this (subscribers/payout-paid-email.ts).
  emitEventStep({ eventName: "payout.paid", data: transform({ input }, ({ input }) => ({ id: input.id })) })
  return new WorkflowResponse(payout)
})
