import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createCustomerAddressesWorkflow } from "@medusajs/medusa/core-flows"
import { keepGuestOrderOffAccountStep } from "./steps/keep-guest-order-off-account-step"
import { newCustomerAddressStep } from "./steps/new-customer-address-step"

/**
 * A buyer with an account finds the address of each order in their address
 * book, so the next checkout offers it; first, an order a guest placed with
 * a registered buyer's email leaves that buyer's account. Idempotent: an
 * address already there is not added again, an order already moved is not
 * moved, so the event bus may retry freely.
 */
export const saveOrderAddressWorkflow = createWorkflow("save-order-address", (input: { order_id: string }) => {
  keepGuestOrderOffAccountStep(input)
  const addresses = newCustomerAddressStep(input)
  const hasNew = transform({ addresses }, ({ addresses }) => addresses.length > 0)
  when({ hasNew }, ({ hasNew }) => hasNew).then(() => {
    createCustomerAddressesWorkflow.runAsStep({ input: { addresses } })
  })
  return new WorkflowResponse(addresses)
})
