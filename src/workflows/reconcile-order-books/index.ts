import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { reconcileOrderBooksStep, type ReconcileOrderBooksInput } from "./steps/reconcile-order-books"

export const reconcileOrderBooksWorkflowId = "reconcile-order-books"

/**
 * Brings one order's ledger rows to what its state in Medusa says they should
 * be (src/lib/order-books.ts). Every event about an order, the repair job and
 * the upgrade run this same workflow; it writes only the difference, so
 * running it twice, late or out of order changes nothing.
 */
export const reconcileOrderBooksWorkflow = createWorkflow(reconcileOrderBooksWorkflowId, (input: ReconcileOrderBooksInput) => {
  return new WorkflowResponse(reconcileOrderBooksStep(input))
})
