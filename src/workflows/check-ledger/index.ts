import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { checkLedgerInternalsStep } from "./steps/check-ledger-internals"
import { compareOrdersWithMedusaStep, type CompareOrdersInput } from "./steps/compare-orders-with-medusa"

export const checkLedgerWorkflowId = "check-ledger"

/**
 * Proves the books: against themselves (every movement balances, payouts
 * settle what they hold) and against Medusa (for every order placed in the
 * range: captured less refunded, tax, lines and quantities, and the books its
 * state calls for). `ok` only when both find nothing.
 */
export const checkLedgerWorkflow = createWorkflow(checkLedgerWorkflowId, (input: CompareOrdersInput) => {
  const problems = checkLedgerInternalsStep()
  const medusa = compareOrdersWithMedusaStep(input)
  const result = transform({ problems, medusa, input }, ({ problems, medusa, input }) => ({
    ok: problems.length === 0 && medusa.disagreements.length === 0,
    checked_at: new Date().toISOString(),
    range: { from: input.from, to: input.to },
    orders_checked: medusa.orders_checked,
    problems,
    disagreements: medusa.disagreements,
  }))
  return new WorkflowResponse(result)
})
