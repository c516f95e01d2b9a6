import { useId, type ReactNode } from "react"
import { retryOf } from "@/lib/retry-of"
import type { PagedQuery } from "../hooks/use-paged-query"
import { PortalError } from "./portal-error"
import { PortalPager } from "./portal-pager"
import { PortalSkeleton } from "./portal-skeleton"

interface PagedSectionProps<TPage extends { count: number }, TItem> {
  /** The section's heading; it names the pager too, since one screen has several. */
  title: string
  /** A line under the heading. */
  intro?: string
  /** The page on screen, kept (placeholder data) while the next loads. */
  page: PagedQuery<TPage>
  items: (data: TPage) => TItem[]
  errorTitle: string
  /** Said when the first page has nothing. */
  empty: string
  skeletonCards?: number
  listClassName?: string
  children: (item: TItem) => ReactNode
}

/** A titled list of the portal's cards with its pager, or the skeleton, the error or the empty note in its place. */
export function PagedSection<TPage extends { count: number }, TItem>({ title, intro, ...list }: PagedSectionProps<TPage, TItem>) {
  const id = useId()
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {intro && <p className="coop-muted">{intro}</p>}
      <PagedList label={title} {...list} />
    </section>
  )
}

function PagedList<TPage extends { count: number }, TItem>({
  label,
  page: { query, offset, limit, setOffset },
  items,
  errorTitle,
  empty,
  skeletonCards,
  listClassName = "stack-list coop-list",
  children,
}: Omit<PagedSectionProps<TPage, TItem>, "title" | "intro"> & { label: string }) {
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
        count={query.data.count}
        onOffsetChange={setOffset}
        disabled={query.isPlaceholderData}
      />
    </>
  )
}
