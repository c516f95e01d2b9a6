import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useCatalogLocale } from "@/lib/i18n"
import { getMedusa } from "@/lib/medusa"
import { cooperativeKeys, type CooperativeListParams } from "./query-keys"
import type { StoreCooperativeListResponse } from "@cis/contract/cooperative"

export async function getCooperatives({ producerGroup, department, limit, offset, catalogLocale }: CooperativeListParams) {
  const sdk = await getMedusa()
  return sdk.client.fetch<StoreCooperativeListResponse>("/store/cooperatives", {
    query: { producer_group: producerGroup, department, limit, offset, ...(catalogLocale ? { locale: catalogLocale } : {}) },
  })
}

export function useCooperatives(listParams: CooperativeListParams) {
  const params = { ...listParams, catalogLocale: useCatalogLocale() }
  return useQuery({
    queryKey: cooperativeKeys.list(params),
    queryFn: () => getCooperatives(params),
    placeholderData: keepPreviousData,
    // Profiles change when staff edit them, rarely within a visit.
    staleTime: 5 * 60_000,
  })
}
