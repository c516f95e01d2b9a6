import type { CoordinatorLedgerEntry, CoordinatorLedgerEntryListResponse } from "@cis/contract/ledger-entry-response"
import type { LedgerEntryType, LedgerState } from "@cis/contract/ledger-vocabulary"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { coordinatorFetch, isWorthRetrying } from "./client"
import { coordinatorKeys } from "./query-keys"

export type { LedgerEntryType, LedgerState }

/** The cooperative's own account rows; amounts in integer MINOR units (the contract's, as the route answers them). */
export type LedgerEntry = CoordinatorLedgerEntry
export type LedgerEntriesPage = CoordinatorLedgerEntryListResponse

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
