import { useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { homeKeys } from "./query-keys"

/** One currency's totals, in integer MINOR units of that currency (unlike Medusa's own amounts). */
export interface ImpactTotals {
  currency_code: string
  cooperatives_earned: number
  cooperatives_paid: number
  cooperatives_owed: number
  community_fund: number
}

export interface Impact {
  totals: ImpactTotals[]
  /** Active cooperatives. */
  cooperatives: number
  orders: number
}

export async function getImpact() {
  const sdk = await getMedusa()
  const { impact } = await sdk.client.fetch<{ impact: Impact }>("/store/impact")
  return impact
}

export function useImpact() {
  // Totals move with orders, not by the second; a few minutes old is fine on the home page.
  return useQuery({ queryKey: homeKeys.impact(), queryFn: getImpact, staleTime: 5 * 60_000 })
}
