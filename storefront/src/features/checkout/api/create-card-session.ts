import { skipToken, useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { CARD_PROVIDER } from "@/lib/payment-providers"
import { checkoutKeys } from "./query-keys"

export interface CardSession {
  id: string
  /** What Stripe's Payment Element and confirmPayment need; it names the PaymentIntent. */
  clientSecret: string
}

/**
 * Starts a card payment: Medusa's Stripe provider creates a PaymentIntent for
 * the cart's total as it is now. The cart is read again first, because the
 * copy on screen may not know of a payment collection made by an earlier try.
 */
export async function createCardSession(cartId: string): Promise<CardSession> {
  const sdk = await getMedusa()
  const { cart } = await sdk.store.cart.retrieve(cartId)
  const { payment_collection } = await sdk.store.payment.initiatePaymentSession(cart, { provider_id: CARD_PROVIDER })
  const session = payment_collection.payment_sessions?.find((candidate) => candidate.provider_id === CARD_PROVIDER)
  const clientSecret = session?.data?.client_secret
  if (!session || typeof clientSecret !== "string") throw new Error("The store did not start a card payment.")
  return { id: session.id, clientSecret }
}

/**
 * One session per cart total: a query rather than a mutation so that
 * re-renders, a second mount or a return to the card choice reuse the intent
 * instead of making another. A changed total (a new delivery option) asks for
 * a new one; so does a failed completion, by removing these queries.
 */
export function useCardSession(cart: { id: string; total: number; currency_code: string } | undefined) {
  return useQuery({
    queryKey: cart ? checkoutKeys.cardSession(cart.id, cart.total, cart.currency_code) : checkoutKeys.cardSessions(),
    queryFn: cart ? () => createCardSession(cart.id) : skipToken,
    staleTime: Infinity,
    retry: false,
  })
}
