/**
 * Medusa's order page prints a payment's provider id as it is
 * ("Pp_system_default"): these are the names staff know the store's two
 * ways to pay by, for the widget that states them on the order page.
 */
const PAYMENT_METHOD_NAMES: Record<string, string> = {
  // Medusa's manual provider: the store uses it for bank transfers, captured when the money arrives.
  pp_system_default: "Bank transfer",
  pp_stripe_stripe: "Card (Stripe)",
}

/** A readable name for any provider id; an unknown one reads "Stripe (ideal)" rather than "Pp_stripe-ideal_stripe". */
export function paymentMethodName(providerId: string): string {
  const known = PAYMENT_METHOD_NAMES[providerId]
  if (known) return known
  const [, name = providerId, instance] = providerId.split("_")
  const words = name.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1))
  return instance && instance !== name ? `${words.join(" ")} (${instance})` : words.join(" ")
}
