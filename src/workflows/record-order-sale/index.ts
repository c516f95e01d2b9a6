import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createLedgerEntriesStep } from "../steps/create-ledger-entries"
import { gatherOrderSaleStep } from "./gather-order-sale-step"

/** Records a placed order's revenue split in the ledger; running it again records nothing new. */
export const recordOrderSaleWorkflow = createWorkflow("record-order-sale", (input: { order_id: string }) => {
  const drafts = gatherOrderSaleStep(input)
  return new WorkflowResponse(createLedgerEntriesStep(drafts))
})
