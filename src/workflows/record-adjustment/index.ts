import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { LedgerEntryDraft } from "../../lib/ledger-vocabulary"
import { createLedgerEntriesStep } from "../steps/create-ledger-entries"
import { assertCooperativeExistsStep } from "./assert-cooperative-exists-step"

export interface RecordAdjustmentInput {
  cooperative_id: string
  currency_code: string
  /** Minor units; negative takes money off the cooperative's balance. */
  amount: number
  reason: string
  created_by: string
}

/**
 * A staff correction to a cooperative's balance: a new row with its reason
 * and author, never an edit of an old one.
 */
export const recordAdjustmentWorkflow = createWorkflow("record-ledger-adjustment", (input: RecordAdjustmentInput) => {
  assertCooperativeExistsStep({ id: input.cooperative_id })
  const drafts = transform({ input }, ({ input }): LedgerEntryDraft[] => [
    {
      account: "cooperative" as const,
      type: "adjustment" as const,
      source: "manual" as const,
      cooperative_id: input.cooperative_id,
      order_id: null,
      source_line_id: null,
      product_id: null,
      currency_code: input.currency_code,
      amount: input.amount,
      base_amount: input.amount,
      share_bps: 10_000,
      created_by: input.created_by,
      reason: input.reason,
    },
  ])
  return new WorkflowResponse(createLedgerEntriesStep(drafts))
})
