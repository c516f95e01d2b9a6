import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { queueEmailsStep } from "../steps/queue-emails"
import { buildOrderEmailStep, type BuildOrderEmailInput } from "./steps/build-order-email"

export type { OrderMessage } from "./steps/build-order-email"

/** One buyer email about an order (placed, paid, reminded, shipped, cancelled, refunded), sent once per event. */
export const sendOrderEmailWorkflow = createWorkflow("send-order-email", (input: BuildOrderEmailInput) => {
  const emails = buildOrderEmailStep(input)
  return new WorkflowResponse(queueEmailsStep(emails))
})
