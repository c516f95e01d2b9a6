import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { guestCustomerId } from "../../../lib/guest-customer"
import { belongsToGuest, PLACED_BY_CUSTOMER_KEY } from "../../../lib/placed-by"

export const keepGuestOrderOffAccountStepId = "keep-guest-order-off-account"

type OrderRow = { email: string | null; metadata: Record<string, unknown> | null; customer: { id: string; has_account: boolean } | null }

/**
 * An order completed outside the checkout route (Stripe's webhook completes
 * a card cart the buyer's browser left) skips the route's move to a guest:
 * here an order on a registered customer who did not place it signed in
 * moves to the guest customer of its email. Moving it back would hand a
 * guest's order to an account, so there is nothing to undo; running it again
 * finds the order already moved.
 */
export const keepGuestOrderOffAccountStep = createStep(keepGuestOrderOffAccountStepId, async ({ order_id }: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["email", "metadata", "customer.id", "customer.has_account"], filters: { id: order_id } })
  const order = data[0] as unknown as OrderRow | undefined
  if (!order?.email || !belongsToGuest(order.customer, order.metadata?.[PLACED_BY_CUSTOMER_KEY])) return new StepResponse(false)
  const guest = await guestCustomerId(container.resolve(Modules.CUSTOMER), order.email)
  await container.resolve(Modules.ORDER).updateOrders(order_id, { customer_id: guest })
  return new StepResponse(true)
})
