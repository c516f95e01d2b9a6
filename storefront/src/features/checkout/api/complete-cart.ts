import { FetchError } from "@medusajs/js-sdk"
import { getMedusa } from "@/lib/medusa"

/** The store kept the cart (a 200 with type "cart"): the payment was not accepted. */
export class PaymentFailedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "PaymentFailedError"
  }
}

/** The cart became an order elsewhere (Stripe's webhook, an earlier try) and the store would not say which one. */
export class OrderPlacedElsewhereError extends Error {
  constructor() {
    super("The order was placed, but the store did not name it.")
    this.name = "OrderPlacedElsewhereError"
  }
}

/**
 * Waits between tries, about half a minute in all. The store itself queues
 * buyers of the same craft for up to a minute before it would answer 409, so
 * a 409 here means a very long queue or another completion of this same cart.
 */
export const COMPLETION_WAITS_MS = [1000, 2000, 4000, 8000, 15000] as const

/**
 * 409: the cart is being completed by another request (Stripe's webhook, a
 * lost earlier try) or the stock's lock queue was too long; 5xx and network
 * failures may have completed it too. A sold-out answer (400) is final.
 */
function worthAskingAgain(error: unknown): boolean {
  if (error instanceof FetchError) return error.status === 409 || (error.status ?? 0) >= 500
  return error instanceof TypeError
}

/**
 * Completes the cart, asking again on a 409 or a lost answer. The cart's id
 * is Medusa's idempotency key for its completion: however many tries reach
 * the store, it makes one order and answers every later try with it. Only a
 * refusal (sold out: 400; payment: PaymentFailedError) reaches the buyer, or,
 * after the last try, the order that exists though the store would not name it.
 */
export async function completeCart(cartId: string, waitsMs: readonly number[] = COMPLETION_WAITS_MS) {
  const sdk = await getMedusa()
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await sdk.store.cart.complete(cartId)
      // The cart is kept: the payment was not accepted; Medusa marked its session failed.
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
