import type { LedgerEntryType, LedgerSource, LedgerState } from "@cis/contract/ledger-vocabulary"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { coordinatorFetch, isWorthRetrying } from "./client"
import { coordinatorKeys } from "./query-keys"

export type { LedgerEntryType, LedgerState }

/** The cooperative's own account rows; amounts in integer MINOR units. */
export interface LedgerEntry {
  id: string
  type: LedgerEntryType
  /** `pending` while the buyer has not paid the order; only `payable` rows are ever paid out. */
  state: LedgerState
  source: LedgerSource
  /** The order's number; the route never sends an order's id. */
  order_display_id: number | null
  product_id: string | null
  currency_code: string
  amount: number
  base_amount: number
  share_bps: number
  reason: string | null
  payout_id: string | null
  created_at: string
}

export interface LedgerEntriesPage {
  ledger_entries: LedgerEntry[]
  count: number
}

export function getLedgerEntries(offset: number, limit: number): Promise<LedgerEntriesPage> {
  return coordinatorFetch<LedgerEntriesPage>("/coordinator/ledger-entries", { query: { limit, offset } })
}

export function useLedgerEntries(offset: number, limit: number) {
  return useQuery({
    queryKey: coordinatorKeys.ledgerEntries(offset, limit),
    queryFn: () => getLedgerEntries(offset, limit),
    placeholderData: keepPreviousData,
    retry: isWorthRetrying,
  })
}
