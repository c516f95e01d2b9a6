import { useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { productDetailKeys } from "./query-keys"

export interface RevenueSplit {
  /** The store-wide community development fund share, in basis points. */
  community_fund_bps: number
}

export async function getRevenueSplit(): Promise<RevenueSplit> {
  const sdk = await getMedusa()
  return sdk.client.fetch<RevenueSplit>("/store/revenue-split")
}

export function useRevenueSplit() {
  // Staff change the fund's share a few times a year at most.
  return useQuery({ queryKey: productDetailKeys.revenueSplit(), queryFn: getRevenueSplit, staleTime: 10 * 60_000 })
}
