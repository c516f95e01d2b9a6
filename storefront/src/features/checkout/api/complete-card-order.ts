import { useMutation } from "@tanstack/react-query"
import { completeCart } from "./complete-cart"

/**
 * Completes the cart after Stripe.js confirmed its payment. Medusa then asks
 * Stripe whether the intent succeeded and makes the order, once: a cart that
 * already became an order (the webhook was quicker, or an earlier answer got
 * lost) is answered with that order. While the webhook holds the cart's lock
 * Medusa answers 409, so completeCart asks again.
 */
export async function completeCardOrder(cartId: string, waitsMs?: readonly number[]) {
  return await completeCart(cartId, waitsMs)
}

/** For the page Stripe sends the buyer back to after a bank's redirect. */
export function useCompleteCardOrder(cartId: string) {
  return useMutation({ mutationFn: () => completeCardOrder(cartId) })
}
