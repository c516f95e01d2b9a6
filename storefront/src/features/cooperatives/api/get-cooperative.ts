import { skipToken, useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { cooperativeKeys } from "./query-keys"
import type { Cooperative } from "./types"

export async function getCooperative(handle: string) {
  const sdk = await getMedusa()
  const { cooperative } = await sdk.client.fetch<{ cooperative: Cooperative }>(
    `/store/cooperatives/${encodeURIComponent(handle)}`
  )
  return cooperative
}

export function useCooperative(handle: string | undefined) {
  return useQuery({
    queryKey: cooperativeKeys.detail(handle ?? ""),
    queryFn: handle ? () => getCooperative(handle) : skipToken,
    staleTime: 5 * 60_000,
  })
}
