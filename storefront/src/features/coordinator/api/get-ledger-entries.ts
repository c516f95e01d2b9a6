import type { CoordinatorLedgerEntry, CoordinatorLedgerEntryListResponse } from "@cis/contract/ledger-entry-response"
import type { LedgerEntryType, LedgerState } from "@cis/contract/ledger-vocabulary"
import { usePagedQuery } from "../hooks/use-paged-query"
import { coordinatorFetch } from "./client"
import { coordinatorKeys } from "./query-keys"

export type { LedgerEntryType, LedgerState }

/** The cooperative's own account rows; amounts in integer MINOR units (the contract's, as the route answers them). */
export type LedgerEntry = CoordinatorLedgerEntry
export type LedgerEntriesPage = CoordinatorLedgerEntryListResponse

export function getLedgerEntries(offset: number, limit: number): Promise<LedgerEntriesPage> {
  return coordinatorFetch<LedgerEntriesPage>("/coordinator/ledger-entries", { query: { limit, offset } })
}

/** The cooperative's account rows, `limit` at a time, from the first page. */
export function useLedgerEntries(limit: number) {
  return usePagedQuery(limit, (offset) => ({
    queryKey: coordinatorKeys.ledgerEntries(offset, limit),
    queryFn: () => getLedgerEntries(offset, limit),
  }))
}
