import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AdjustmentCounterAccount } from "@cis/contract/ledger-vocabulary"
import { cooperativeMovementRows } from "../../lib/cooperative-movement"
import { appendMovementStep } from "../steps/append-movement"
import { assertCooperativeExistsStep } from "../steps/assert-cooperative-exists"

export const recordAdjustmentWorkflowId = "record-ledger-adjustment"

export interface RecordAdjustmentInput {
  cooperative_id: string
  currency_code: string
  /** Minor units; positive credits the cooperative (the counter account pays), negative debits it. */
  amount: number
  /** Who bears a credit, or receives a debit: CIS operations or the community fund. */
  counter_account: AdjustmentCounterAccount
  reason: string
  created_by: string
}

/**
 * A staff correction to a cooperative's balance, as a balanced movement: the
 * cooperative's row and the counter account's opposite row, with the reason
 * and the author; never an edit of an old row, never a one-sided credit.
 */
export const recordAdjustmentWorkflow = createWorkflow(recordAdjustmentWorkflowId, (input: RecordAdjustmentInput) => {
  assertCooperativeExistsStep({ id: input.cooperative_id })
  const rows = transform({ input }, ({ input }) =>
    cooperativeMovementRows({
      type: "adjustment",
      source: "manual",
      cooperative_id: input.cooperative_id,
      currency_code: input.currency_code,
      cooperative_amount: input.amount,
      counter_account: input.counter_account,
      base_amount: input.amount,
      source_line_id: null,
      created_by: input.created_by,
      reason: input.reason,
    })
  )
  return new WorkflowResponse(appendMovementStep(rows))
})
