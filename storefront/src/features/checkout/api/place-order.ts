import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { BANK_TRANSFER_PROVIDER } from "@/lib/payment-providers"
import { completeCart } from "./complete-cart"
import { checkoutKeys } from "./query-keys"

/**
 * Pays and places the order. The payment session is created here, after the
 * last change to the cart, because its amount is the cart total at that
 * moment. A cart already completed (the answer to an earlier try was lost on
 * the way) is completed again: Medusa then answers with the order it made.
 * A 409 (the store's queue for a craft in demand ran long) is asked again
 * with the same cart, so the buyer hears only of stock that is truly gone.
 */
export async function placeOrder(cartId: string) {
  const sdk = await getMedusa()
  const { cart } = await sdk.store.cart.retrieve(cartId)
  if (!cart.completed_at) {
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: BANK_TRANSFER_PROVIDER })
  }
  return await completeCart(cartId)
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
