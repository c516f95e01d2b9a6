import type { CoordinatorPayout, CoordinatorPayoutListResponse } from "@cis/contract/payout-response"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { coordinatorFetch, isWorthRetrying } from "./client"
import { coordinatorKeys } from "./query-keys"

/** Amounts in integer MINOR units; sent_amount in those of sent_currency_code (the contract's, as the route answers them). */
export type Payout = CoordinatorPayout
export type PayoutsPage = CoordinatorPayoutListResponse

export function getPayouts(offset: number, limit: number): Promise<PayoutsPage> {
  return coordinatorFetch<PayoutsPage>("/coordinator/payouts", { query: { limit, offset } })
}

export function usePayouts(offset: number, limit: number) {
  return useQuery({
    queryKey: coordinatorKeys.payouts(offset, limit),
    queryFn: () => getPayouts(offset, limit),
    placeholderData: keepPreviousData,
    retry: isWorthRetrying,
  })
}
