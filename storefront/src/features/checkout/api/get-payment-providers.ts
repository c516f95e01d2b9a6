import { skipToken, useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { checkoutKeys } from "./query-keys"

/** The ids of the payment providers the region offers. */
export async function getPaymentProviders(regionId: string): Promise<string[]> {
  const sdk = await getMedusa()
  const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regionId, limit: 50 })
  return payment_providers.map((provider) => provider.id)
}

export function usePaymentProviders(regionId: string | undefined) {
  return useQuery({
    queryKey: regionId ? checkoutKeys.paymentProviders(regionId) : [...checkoutKeys.all, "payment-providers"],
    queryFn: regionId ? () => getPaymentProviders(regionId) : skipToken,
    staleTime: 10 * 60_000,
  })
}
