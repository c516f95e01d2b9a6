import type { CoordinatorPayout, CoordinatorPayoutListResponse } from "@cis/contract/payout-response"
import { usePagedQuery } from "../hooks/use-paged-query"
import { coordinatorFetch } from "./client"
import { coordinatorKeys } from "./query-keys"

/** Amounts in integer MINOR units; sent_amount in those of sent_currency_code (the contract's, as the route answers them). */
export type Payout = CoordinatorPayout
export type PayoutsPage = CoordinatorPayoutListResponse

export function getPayouts(offset: number, limit: number): Promise<PayoutsPage> {
  return coordinatorFetch<PayoutsPage>("/coordinator/payouts", { query: { limit, offset } })
}

/** The cooperative's payouts, `limit` at a time, from the first page. */
export function usePayouts(limit: number) {
  return usePagedQuery(limit, (offset) => ({ queryKey: coordinatorKeys.payouts(offset, limit), queryFn: () => getPayouts(offset, limit) }))
}
