import { authenticate, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { PLACED_BY_CUSTOMER_KEY } from "../../../lib/placed-by"

/** Medusa's own customer authentication, run here so the next middleware sees who asks (a guest passes). */
export const authenticateBuyerIfAny = authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })

/**
 * Right before completion, the cart records the signed-in customer who
 * completes it, or no one: always overwritten, so a value a client put in the
 * cart's metadata never survives (src/lib/placed-by.ts says why it matters).
 */
export async function markPlacedBy(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const auth = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
  const customerId = auth?.actor_type === "customer" && auth.actor_id ? auth.actor_id : null
  const carts = req.scope.resolve(Modules.CART)
  const [cart] = await carts.listCarts({ id: req.params.id }, { select: ["id", "metadata", "completed_at"], take: 1 })
  // An unknown or completed cart: Medusa's route answers it as it always does.
  if (cart && !cart.completed_at) {
    await carts.updateCarts(cart.id, { metadata: { ...(cart.metadata ?? {}), [PLACED_BY_CUSTOMER_KEY]: customerId } })
  }
  next()
}
