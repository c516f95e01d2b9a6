import { useState } from "react"
import { keepPreviousData, useQuery, type QueryKey, type UseQueryResult } from "@tanstack/react-query"
import { isWorthRetrying } from "../api/client"

/** One page of a portal list, the offset it starts at, and how to turn the page. */
export interface PagedQuery<TPage> {
  query: UseQueryResult<TPage, unknown>
  offset: number
  limit: number
  setOffset: (offset: number) => void
}

/**
 * A portal list read `limit` rows at a time from its first page; the page on
 * screen stays (placeholder data) while the next one loads.
 */
export function usePagedQuery<TPage>(limit: number, pageAt: (offset: number) => { queryKey: QueryKey; queryFn: () => Promise<TPage> }): PagedQuery<TPage> {
  const [offset, setOffset] = useState(0)
  const query = useQuery({ ...pageAt(offset), placeholderData: keepPreviousData, retry: isWorthRetrying })
  return { query, offset, limit, setOffset }
}
