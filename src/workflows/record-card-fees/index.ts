import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createLedgerEntriesStep } from "../steps/create-ledger-entries"
import { gatherCardFeesStep } from "./steps/gather-card-fees-step"

/**
 * Records what the card processor kept from an order's captured card payments,
 * charged to CIS operations. The capture event, the order event and the repair
 * job all run it; the lock and the ledger's one-fee-per-payment index make
 * sure a fee is written once whichever arrives first.
 */
export const recordCardFeesWorkflow = createWorkflow("record-card-fees", (input: { order_id: string }) => {
  const lockKey = transform({ input }, ({ input }) => `card-fees:${input.order_id}`)
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const drafts = gatherCardFeesStep(input)
  const fees = createLedgerEntriesStep(drafts).config({ name: "create-card-fee-entries" })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse(fees)
})
