import type { CooperativeBalance, CoordinatorBalancesResponse } from "@cis/contract/cooperative"
import { useQuery } from "@tanstack/react-query"
import { coordinatorFetch, isWorthRetrying } from "./client"
import { coordinatorKeys } from "./query-keys"

/** One currency's totals, all in integer MINOR units (the contract's CooperativeBalance). */
export type Balance = CooperativeBalance

export async function getBalances(): Promise<Balance[]> {
  const { balances } = await coordinatorFetch<CoordinatorBalancesResponse>("/coordinator/balances")
  return balances
}

export function useBalances() {
  return useQuery({ queryKey: coordinatorKeys.balances(), queryFn: getBalances, retry: isWorthRetrying })
}
