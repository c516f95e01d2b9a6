import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { gatherOrderSaleStep } from "./gather-order-sale-step"
import { createLedgerEntriesStep } from "../steps/create-ledger-entries"
import { gatherReversalsStep, type GatherReversalsInput } from "./gather-reversals-step"

/**
 * Brings one order's ledger up to date: its sale if it was never recorded,
 * then whatever its cancellation, returns and refunds still owe. Every event
 * about an order and the repair job run this same workflow; it writes only
 * what is missing, so running it twice, or out of order, changes nothing.
 * The lock keeps two events about one order from both writing the same reversal.
 */
export const reconcileOrderLedgerWorkflow = createWorkflow("reconcile-order-ledger", (input: GatherReversalsInput) => {
  const lockKey = transform({ input }, ({ input }) => `ledger:${input.order_id}`)
  const saleInput = transform({ input }, ({ input }) => ({ order_id: input.order_id, created_by: `system:${input.trigger}` }))
  acquireLockStep({ key: lockKey, timeout: 30, ttl: 120 })
  const saleDrafts = gatherOrderSaleStep(saleInput)
  const sales = createLedgerEntriesStep(saleDrafts)
  const reversalDrafts = gatherReversalsStep(input)
  const reversals = createLedgerEntriesStep(reversalDrafts).config({ name: "create-reversal-entries" })
  releaseLockStep({ key: lockKey })
  return new WorkflowResponse({ sales, reversals })
})
