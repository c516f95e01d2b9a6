import { useQuery } from "@tanstack/react-query"
import { coordinatorFetch, isWorthRetrying } from "./client"
import { coordinatorKeys } from "./query-keys"

/** One currency's totals, all in integer MINOR units; reversals and advances are negative. */
export interface Balance {
  currency_code: string
  /** Shares of orders whose buyer has not paid yet: shown, never paid out until the money arrives. */
  pending: number
  /** Payable shares of paid sales, and what returns, refunds and cancellations took back. */
  earned: number
  reversed: number
  adjusted: number
  /** Advances received ahead of sales (negative: later sales net them). */
  advanced: number
  in_draft_payouts: number
  /** What payments actually sent. */
  paid: number
  /** Payable and in no payment yet: what the next payment would carry (negative while an advance is not netted). */
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
