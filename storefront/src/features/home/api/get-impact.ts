import { useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { homeKeys } from "./query-keys"
import type { Impact, ImpactTotals, StoreImpactResponse } from "@cis/contract/impact-response"

export type { Impact, ImpactTotals }

export async function getImpact() {
  const sdk = await getMedusa()
  const { impact } = await sdk.client.fetch<StoreImpactResponse>("/store/impact")
  return impact
}

export function useImpact() {
  // Totals move with orders, not by the second; a few minutes old is fine on the home page.
  return useQuery({ queryKey: homeKeys.impact(), queryFn: getImpact, staleTime: 5 * 60_000 })
}
