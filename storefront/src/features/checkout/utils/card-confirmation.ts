/**
 * What the Stripe chunk hands back to the checkout. Kept out of that chunk so
 * the checkout can name these types without loading Stripe's code.
 */

export type CardConfirmation =
  | { status: "confirmed" }
  /** Stripe's own sentence (in the buyer's language), and its error type: card_error, validation_error, ... */
  | { status: "refused"; message: string; type: string }

export interface CardConfirmer {
  /** Confirms the PaymentIntent with the card typed into the Payment Element; 3-D Secure happens in between. */
  confirm: (returnUrl: string) => Promise<CardConfirmation>
}

/** Where Stripe sends the buyer back after a payment that needed a redirect (a bank's page). */
export const CARD_RETURN_PATH = "/checkout/return"

export function cardReturnUrl(): string {
  return `${window.location.origin}${CARD_RETURN_PATH}`
}
