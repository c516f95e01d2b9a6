import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { guestCustomerId } from "../../../lib/guest-customer"
import { belongsToGuest, PLACED_BY_CUSTOMER_KEY } from "../../../lib/placed-by"

/** Medusa's own customer authentication, run here so the next middleware sees who asks (a guest passes). */
export const authenticateBuyerIfAny = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/**
 * Right before completion, the cart records the signed-in customer who
 * completes it, or no one; a cart Medusa attached to a registered customer
 * by the email a guest typed moves to that email's guest customer first, so
 * the order is the guest's (src/lib/placed-by.ts says why it matters).
 */
export async function markPlacedBy(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const auth = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
  const signedIn = auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : null
  const carts = req.scope.resolve(Modules.CART)
  const [cart] = await carts.listCarts({ id: req.params.id }, { select: ["id", "email", "customer_id", "metadata", "completed_at"], take: 1 })
  // An unknown or completed cart: Medusa's route answers it as it always does.
  if (cart && !cart.completed_at) {
    const customers = req.scope.resolve(Modules.CUSTOMER)
    const [customer] = cart.customer_id ? await customers.listCustomers({ id: cart.customer_id }, { select: ["id", "has_account"], take: 1 }) : []
    const moveToGuest = belongsToGuest(customer, signedIn) && cart.email
    await carts.updateCarts(cart.id, {
      ...(moveToGuest ? { customer_id: await guestCustomerId(customers, cart.email!) } : {}),
      metadata: { ...(cart.metadata ?? {}), [PLACED_BY_CUSTOMER_KEY]: signedIn },
    })
  }
  next()
}

/**
 * The placed-by mark is the store's word, never a client's: a cart write
 * that carries it in metadata is refused, so no request racing a completion
 * (nor a completion outside the route, by Stripe's webhook) can forge it.
 */
export function refuseClientPlacedBy(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const metadata = (req.body as { metadata?: unknown } | undefined)?.metadata
  if (metadata && typeof metadata === "object" && Object.prototype.hasOwnProperty.call(metadata, PLACED_BY_CUSTOMER_KEY)) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `metadata.${PLACED_BY_CUSTOMER_KEY}: set by the store at checkout, not by a client`))
  }
  next()
}
