import { useQuery, useQueryClient } from "@tanstack/react-query"
import type { OrderRevenueSplit, StoreOrderRevenueSplitResponse } from "@cis/contract/revenue-split-response"
import { getMedusa } from "@/lib/medusa"
import { orderKeys } from "./query-keys"

export async function getOrderRevenueSplit(orderId: string): Promise<OrderRevenueSplit> {
  const sdk = await getMedusa()
  const { split } = await sdk.client.fetch<StoreOrderRevenueSplitResponse>(`/store/orders/${encodeURIComponent(orderId)}/revenue-split`)
  return split
}

/** How many times to ask again while the split is being recorded, before saying so. */
export const SPLIT_POLLS = 5

/**
 * The split, asked again every `pollIntervalMs` while it is being recorded;
 * `gaveUp` says the polls ran out with the split still unrecorded.
 */
export function useOrderRevenueSplit(orderId: string, pollIntervalMs: number) {
  const queryClient = useQueryClient()
  const queryKey = orderKeys.revenueSplit(orderId)
  const query = useQuery({
    queryKey,
    queryFn: () => getOrderRevenueSplit(orderId),
    refetchInterval: (current) =>
      current.state.data?.recorded === false && current.state.dataUpdateCount <= SPLIT_POLLS ? pollIntervalMs : false,
  })
  const answers = queryClient.getQueryState(queryKey)?.dataUpdateCount ?? 0
  const gaveUp = query.data?.recorded === false && answers > SPLIT_POLLS && !query.isFetching
  return { ...query, gaveUp }
}
