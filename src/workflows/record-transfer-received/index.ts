import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, capturePaymentWorkflow, releaseLockStep } from "@medusajs/medusa/core-flows"
import { confirmStatementLineStep } from "./steps/confirm-statement-line-step"
import { findAwaitedPaymentStep } from "./steps/find-awaited-payment-step"

export interface RecordTransferReceivedInput {
  order_id: string
  /** The staff user who saw the money arrive. */
  received_by: string
  /** The bank statement line that shows it, when confirmed from an import. */
  statement_line_id?: string
}

/**
 * A buyer's bank transfer arrived: the order's manual payment is captured
 * with Medusa's own capture workflow (which records the order transaction
 * and emits payment.captured: the ledger makes the cooperatives' shares
 * payable, and the buyer gets the payment-received email). Under a lock per
 * order, and refused once captured, so nothing is captured twice.
 */
export const recordTransferReceivedWorkflow = createWorkflow("record-transfer-received", (input: RecordTransferReceivedInput) => {
  const lockKey = transform({ input }, ({ input }) => `bank-transfer:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const awaited = findAwaitedPaymentStep({ order_id: input.order_id })
  when("from-a-statement-line", { input }, ({ input }) => Boolean(input.statement_line_id)).then(() => {
    confirmStatementLineStep(
      transform({ input, awaited }, ({ input, awaited }) => ({
        line_id: input.statement_line_id!,
        order_id: input.order_id,
        payment_id: awaited.payment_id,
        confirmed_by: input.received_by,
      }))
    )
  })
  const payment = capturePaymentWorkflow.runAsStep({
    input: transform({ input, awaited }, ({ input, awaited }) => ({ payment_id: awaited.payment_id, captured_by: input.received_by })),
  })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(transform({ awaited, payment }, ({ awaited, payment }) => ({ ...awaited, captured_at: payment.captured_at })))
})
