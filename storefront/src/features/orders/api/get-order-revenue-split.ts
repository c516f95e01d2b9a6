import { useQuery, useQueryClient } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { orderKeys } from "./query-keys"

/** Where an order's money went, as the ledger recorded it; amounts in MINOR units. */
export interface OrderRevenueSplit {
  currency_code: string
  /** False for a moment after the order is placed, until the ledger has written the split. */
  recorded: boolean
  /** Whether the buyer's money is in; until then (e.g. a transfer on its way) the shares are pending. */
  paid: boolean
  /** Each part as it will be once paid; `pending` is how much of it still waits for the buyer's money. */
  cooperatives: { id: string; handle: string; name: string; amount: number; pending: number }[]
  community_fund: number
  cis_operations: number
}

export async function getOrderRevenueSplit(orderId: string): Promise<OrderRevenueSplit> {
  const sdk = await getMedusa()
  const { split } = await sdk.client.fetch<{ split: OrderRevenueSplit }>(`/store/orders/${encodeURIComponent(orderId)}/revenue-split`)
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
