import { FetchError } from "@medusajs/js-sdk"
import { useMutation } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { PaymentFailedError } from "./place-order"

/** The cart became an order elsewhere (Stripe's webhook) and the store would not say which one. */
export class OrderPlacedElsewhereError extends Error {
  constructor() {
    super("The order was placed, but the store did not name it.")
    this.name = "OrderPlacedElsewhereError"
  }
}

const WAITS_MS = [1000, 2000, 4000]

/** 409: Stripe's webhook is completing the same cart right now; 5xx and network failures may have done it too. */
function worthAskingAgain(error: unknown): boolean {
  if (error instanceof FetchError) return error.status === 409 || (error.status ?? 0) >= 500
  return error instanceof TypeError
}

/**
 * Completes the cart after Stripe.js confirmed its payment. Medusa then asks
 * Stripe whether the intent succeeded and makes the order, once: a cart that
 * already became an order (the webhook was quicker, or an earlier answer got
 * lost) is answered with that order. While the webhook holds the cart's lock
 * Medusa answers 409, so this asks again a few times; if the cart is then
 * completed but the store still gives no order, the buyer is told the order
 * exists rather than asked to pay again.
 */
export async function completeCardOrder(cartId: string, waitsMs: readonly number[] = WAITS_MS) {
  const sdk = await getMedusa()
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await sdk.store.cart.complete(cartId)
      // The cart is kept: Stripe did not confirm this intent; Medusa marked its session failed.
      if (result.type === "cart") throw new PaymentFailedError(result.error.message)
      return result.order
    } catch (error) {
      const wait = waitsMs[attempt]
      if (!worthAskingAgain(error)) throw error
      if (wait === undefined) {
        const completed = await sdk.store.cart.retrieve(cartId, { fields: "id,completed_at" }).then(
          ({ cart }) => Boolean(cart.completed_at),
          () => false
        )
        throw completed ? new OrderPlacedElsewhereError() : error
      }
      await new Promise((resolve) => setTimeout(resolve, wait))
    }
  }
}

/** For the page Stripe sends the buyer back to after a bank's redirect. */
export function useCompleteCardOrder(cartId: string) {
  return useMutation({ mutationFn: () => completeCardOrder(cartId) })
}
