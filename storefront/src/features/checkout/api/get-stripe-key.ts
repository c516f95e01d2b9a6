import { useQuery } from "@tanstack/react-query"
import { getStripePublishableKey } from "@/lib/config"
import { checkoutKeys } from "./query-keys"

/** Stripe's publishable key from the store's configuration; null when the store takes no cards. */
export function useStripeKey() {
  return useQuery({ queryKey: checkoutKeys.stripeKey(), queryFn: getStripePublishableKey, staleTime: Infinity })
}
