import { useQuery } from "@tanstack/react-query"
import type { StoreRevenueSplitResponse } from "@cis/contract/revenue-split-response"
import { getMedusa } from "@/lib/medusa"
import { productDetailKeys } from "./query-keys"

export async function getRevenueSplit(): Promise<StoreRevenueSplitResponse> {
  const sdk = await getMedusa()
  return sdk.client.fetch<StoreRevenueSplitResponse>("/store/revenue-split")
}

export function useRevenueSplit() {
  // Staff change the fund's share a few times a year at most.
  return useQuery({ queryKey: productDetailKeys.revenueSplit(), queryFn: getRevenueSplit, staleTime: 10 * 60_000 })
}
