import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { coordinatorFetch, isWorthRetrying } from "./client"
import { coordinatorKeys } from "./query-keys"

/** Amounts in integer MINOR units; sent_amount in those of sent_currency_code. */
export interface Payout {
  id: string
  currency_code: string
  status: "draft" | "paid"
  up_to: string
  amount: number
  entry_count: number
  paid_at: string | null
  reference: string | null
  method: "bank_transfer" | "cash" | "other" | null
  sent_amount: number | null
  sent_currency_code: string | null
  created_at: string
}

export interface PayoutsPage {
  payouts: Payout[]
  count: number
}

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
