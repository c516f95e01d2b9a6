import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { queueEmailsStep } from "../steps/queue-emails"
import { buildPayoutEmailStep } from "./steps/build-payout-email"

/** A paid payout's statement, emailed once to the cooperative's contact in Spanish. */
export const sendPayoutStatementWorkflow = createWorkflow("send-payout-statement", (input: { payout_id: string }) => {
  const emails = buildPayoutEmailStep(input)
  return new WorkflowResponse(queueEmailsStep(emails))
})
