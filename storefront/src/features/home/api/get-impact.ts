import { useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { homeKeys } from "./query-keys"

/** One currency's totals, in integer MINOR units of that currency (unlike Medusa's own amounts). */
export interface ImpactTotals {
  currency_code: string
  /** The cooperatives' share of what buyers have paid, net of refunds and returns. */
  cooperatives_earned: number
  /** Sent to them (payments and advances), and what is still owed of what buyers paid. */
  cooperatives_paid: number
  cooperatives_owed: number
  /** Shares of orders whose buyers have not paid yet (e.g. a bank transfer on its way). */
  cooperatives_pending: number
  community_fund: number
  community_fund_pending: number
}

export interface Impact {
  totals: ImpactTotals[]
  /** Active cooperatives. */
  cooperatives: number
  /** Orders whose buyers have paid. */
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
