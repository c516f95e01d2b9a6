import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { cooperativeKeys, type CooperativeListParams } from "./query-keys"
import type { Cooperative } from "./types"

export interface CooperativesPage {
  cooperatives: Cooperative[]
  count: number
}

export async function getCooperatives({ producerGroup, department, limit, offset }: CooperativeListParams) {
  const sdk = await getMedusa()
  return sdk.client.fetch<CooperativesPage>("/store/cooperatives", {
    query: { producer_group: producerGroup, department, limit, offset },
  })
}

export function useCooperatives(params: CooperativeListParams) {
  return useQuery({
    queryKey: cooperativeKeys.list(params),
    queryFn: () => getCooperatives(params),
    placeholderData: keepPreviousData,
    // Profiles change when staff edit them, rarely within a visit.
    staleTime: 5 * 60_000,
  })
}
