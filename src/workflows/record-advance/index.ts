import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { LedgerEntryDraft } from "@cis/contract/ledger-vocabulary"
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
  const rows = transform({ input, advance }, ({ input, advance }): LedgerEntryDraft[] =>
    (
      [
        ["cooperative", 0 - input.amount],
        ["clearing", input.amount],
      ] as const
    ).map(([account, amount]) => ({
      account,
      type: "advance" as const,
      source: "advance" as const,
      cooperative_id: input.cooperative_id,
      order_id: null,
      source_line_id: advance.id,
      product_id: null,
      currency_code: input.currency_code,
      amount,
      base_amount: input.amount,
      share_bps: 10_000,
      created_by: input.created_by,
      reason: `advance ${input.reference}: ${input.reason}`,
    }))
  )
  appendMovementStep(rows)
  return new WorkflowResponse(advance)
})
