import { skipToken, useQuery } from "@tanstack/react-query"
import { useCatalogLocale } from "@/lib/i18n"
import { getMedusa } from "@/lib/medusa"
import { cooperativeKeys } from "./query-keys"
import type { StoreCooperativeResponse } from "@cis/contract/cooperative"

export async function getCooperative(handle: string, catalogLocale?: string) {
  const sdk = await getMedusa()
  const { cooperative } = await sdk.client.fetch<StoreCooperativeResponse>(
    `/store/cooperatives/${encodeURIComponent(handle)}`,
    // The crafts in the reader's language.
    catalogLocale ? { query: { locale: catalogLocale } } : undefined
  )
  return cooperative
}

export function useCooperative(handle: string | undefined) {
  const catalogLocale = useCatalogLocale()
  return useQuery({
    queryKey: cooperativeKeys.detail(handle ?? "", catalogLocale),
    queryFn: handle ? () => getCooperative(handle, catalogLocale) : skipToken,
    staleTime: 5 * 60_000,
  })
}
