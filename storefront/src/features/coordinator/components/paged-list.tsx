import type { ReactNode } from "react"
import type { UseQueryResult } from "@tanstack/react-query"
import { retryOf } from "@/lib/retry-of"
import { PortalError } from "./portal-error"
import { PortalPager } from "./portal-pager"
import { PortalSkeleton } from "./portal-skeleton"

interface PagedListProps<TData, TItem> {
  /** One page of the list, kept on screen (placeholder data) while the next loads. */
  query: UseQueryResult<TData, unknown>
  items: (data: TData) => TItem[]
  count: (data: TData) => number
  offset: number
  limit: number
  onOffsetChange: (offset: number) => void
  /** Names the pager. */
  label: string
  errorTitle: string
  /** Said when the first page has nothing. */
  empty: string
  skeletonCards?: number
  listClassName?: string
  children: (item: TItem) => ReactNode
}

/** A page of the portal's cards with its pager, or the skeleton, the error or the empty note in its place. */
export function PagedList<TData, TItem>({
  query,
  items,
  count,
  offset,
  limit,
  onOffsetChange,
  label,
  errorTitle,
  empty,
  skeletonCards,
  listClassName = "stack-list coop-list",
  children,
}: PagedListProps<TData, TItem>) {
  if (query.isPending) return <PortalSkeleton cards={skeletonCards} />
  if (query.isError) return <PortalError title={errorTitle} {...retryOf(query)} />
  const shown = items(query.data)
  if (shown.length === 0 && offset === 0) return <p className="state">{empty}</p>
  return (
    <>
      <ul className={listClassName} aria-busy={query.isPlaceholderData}>
        {shown.map(children)}
      </ul>
      <PortalPager
        label={label}
        offset={offset}
        limit={limit}
        count={count(query.data)}
        onOffsetChange={onOffsetChange}
        disabled={query.isPlaceholderData}
      />
    </>
  )
}
