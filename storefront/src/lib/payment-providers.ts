/**
 * The store's two ways to pay, as Medusa names its payment providers.
 * Checkout picks one; order pages word the payment status after it.
 */

/** Medusa's manual provider: the buyer pays by bank transfer and CIS ships once it arrives. */
export const BANK_TRANSFER_PROVIDER = "pp_system_default"

/** Medusa's Stripe provider: `pp_` + the provider's identifier ("stripe") + its id in medusa-config ("stripe"). */
export const CARD_PROVIDER = "pp_stripe_stripe"

export type PaidWith = "card" | "bank-transfer" | "unknown"

export function paidWith(providerId: string | null | undefined): PaidWith {
  if (providerId === CARD_PROVIDER) return "card"
  if (providerId === BANK_TRANSFER_PROVIDER) return "bank-transfer"
  return "unknown"
}
