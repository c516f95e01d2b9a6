import { useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { checkoutKeys } from "./query-keys"

/** The currencies the store has bank details for: the bank transfer is offered only in these. */
export async function getTransferCurrencies(): Promise<string[]> {
  const sdk = await getMedusa()
  const { currency_codes } = await sdk.client.fetch<{ currency_codes: string[] }>("/store/bank-transfer/currencies")
  return currency_codes
}

export function useTransferCurrencies() {
  return useQuery({ queryKey: checkoutKeys.transferCurrencies(), queryFn: getTransferCurrencies, staleTime: 10 * 60_000 })
}
