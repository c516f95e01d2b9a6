import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { BANK_TRANSFER_PROVIDER } from "@/lib/payment-providers"
import { checkoutKeys } from "./query-keys"

/** The store kept the cart (a 200 with type "cart"): the payment was not accepted. */
export class PaymentFailedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "PaymentFailedError"
  }
}

/**
 * Pays and places the order. The payment session is created here, after the
 * last change to the cart, because its amount is the cart total at that
 * moment. A cart already completed (the answer to an earlier try was lost on
 * the way) is completed again: Medusa then answers with the order it made.
 */
export async function placeOrder(cartId: string) {
  const sdk = await getMedusa()
  const { cart } = await sdk.store.cart.retrieve(cartId)
  if (!cart.completed_at) {
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: BANK_TRANSFER_PROVIDER })
  }
  const result = await sdk.store.cart.complete(cartId)
  if (result.type === "cart") throw new PaymentFailedError(result.error.message)
  return result.order
}

export function usePlaceOrder(cartId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => placeOrder(cartId),
    // The bank transfer's session replaces any card session (Medusa deletes it): a card chosen
    // again afterwards needs a new PaymentIntent.
    onMutate: () => queryClient.removeQueries({ queryKey: checkoutKeys.cardSessions() }),
    // A refusal (stock, payment) may have changed the cart: show it as the store has it now.
    onError: () => queryClient.invalidateQueries({ queryKey: checkoutKeys.cart(cartId) }),
  })
}
