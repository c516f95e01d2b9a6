import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { cooperativeMovementRows } from "../../lib/cooperative-movement"
import { appendMovementStep } from "../steps/append-movement"
import { assertCooperativeExistsStep } from "../steps/assert-cooperative-exists"
import { createAdvanceStep, type AdvanceInput } from "./steps/create-advance"

export const recordAdvanceWorkflowId = "record-advance"

/**
 * Money paid to a cooperative ahead of its sales (fair-trade pre-financing).
 * It is paid at once: the cooperative's balance goes down by it (a payable
 * row no payout holds yet, so the next payout nets it against the sales
 * made since) and the money leaves clearing.
 */
export const recordAdvanceWorkflow = createWorkflow(recordAdvanceWorkflowId, (input: AdvanceInput) => {
  assertCooperativeExistsStep({ id: input.cooperative_id })
  const advance = createAdvanceStep(input)
  // Paid out of clearing: the cooperative's row is the debit.
  const rows = transform({ input, advance }, ({ input, advance }) =>
    cooperativeMovementRows({
      type: "advance",
      source: "advance",
      cooperative_id: input.cooperative_id,
      currency_code: input.currency_code,
      cooperative_amount: 0 - input.amount,
      counter_account: "clearing",
      base_amount: input.amount,
      source_line_id: advance.id,
      created_by: input.created_by,
      reason: `advance ${input.reference}: ${input.reason}`,
    })
  )
  appendMovementStep(rows)
  return new WorkflowResponse(advance)
})
