import { useMutation, useQueryClient } from "@tanstack/react-query"
import { useRef, useState } from "react"
import { completeCardOrder } from "../api/complete-card-order"
import { PaymentFailedError } from "../api/complete-cart"
import { checkoutKeys } from "../api/query-keys"
import { cardReturnUrl, type CardConfirmer } from "../utils/card-confirmation"

/** Stripe refused to confirm the card (declined, incomplete, 3-D Secure failed): nothing was charged. */
export class CardRefusedError extends Error {
  constructor(
    message: string,
    /** Stripe's error type: card_error, validation_error, ... */
    readonly stripeType: string
  ) {
    super(message)
    this.name = "CardRefusedError"
  }
}

interface PayInput {
  confirmer: CardConfirmer
  clientSecret: string
}

/**
 * Stripe.js confirms the card in the browser, then Medusa completes the cart
 * (it asks Stripe whether the intent succeeded). An intent confirmed once is
 * never confirmed again: if completing fails after the money was taken, the
 * next press only completes.
 */
export function usePayByCard(cartId: string) {
  const queryClient = useQueryClient()
  const confirmed = useRef<string | null>(null)
  // The same fact for rendering: once paid, the buyer may no longer switch to a bank transfer.
  const [paid, setPaid] = useState(false)
  const mutation = useMutation({
    mutationFn: async ({ confirmer, clientSecret }: PayInput) => {
      if (confirmed.current !== clientSecret) {
        const result = await confirmer.confirm(cardReturnUrl())
        if (result.status === "refused") throw new CardRefusedError(result.message, result.type)
        confirmed.current = clientSecret
        setPaid(true)
      }
      return completeCardOrder(cartId)
    },
    onError: (error) => {
      if (error instanceof PaymentFailedError) {
        // Medusa marked the session failed: the next try needs a new PaymentIntent.
        confirmed.current = null
        setPaid(false)
        void queryClient.resetQueries({ queryKey: checkoutKeys.cardSessions() })
      }
      // A refusal (stock, payment) may have changed the cart. Not once paid: the cart may be an
      // order by now, and reading it again would replace the page with "nothing to check out".
      if (!confirmed.current && !(error instanceof CardRefusedError)) {
        void queryClient.invalidateQueries({ queryKey: checkoutKeys.cart(cartId) })
      }
    },
  })
  return { ...mutation, paid }
}
