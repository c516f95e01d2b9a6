import { useQuery } from "@tanstack/react-query"
import { coordinatorFetch, isWorthRetrying } from "./client"
import { coordinatorKeys } from "./query-keys"

/** One currency's totals, all in integer MINOR units; reversals are negative. */
export interface Balance {
  currency_code: string
  earned: number
  reversed: number
  adjusted: number
  in_draft_payouts: number
  paid: number
  /** Entries in no payout yet. */
  balance: number
  oldest_unpaid_at: string | null
}

export async function getBalances(): Promise<Balance[]> {
  const { balances } = await coordinatorFetch<{ balances: Balance[] }>("/coordinator/balances")
  return balances
}

export function useBalances() {
  return useQuery({ queryKey: coordinatorKeys.balances(), queryFn: getBalances, retry: isWorthRetrying })
}
