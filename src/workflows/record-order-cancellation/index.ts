import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createLedgerEntriesStep } from "../steps/create-ledger-entries"
import { gatherCancellationStep } from "./gather-cancellation-step"

/** Reverses a cancelled order's sale in the ledger; running it again reverses nothing more. */
export const recordOrderCancellationWorkflow = createWorkflow(
  "record-order-cancellation",
  (input: { order_id: string }) => {
    const drafts = gatherCancellationStep(input)
    return new WorkflowResponse(createLedgerEntriesStep(drafts))
  }
)
