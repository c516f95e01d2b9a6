import { Table } from "@medusajs/ui"
import { offsetPages } from "../lib/offset-pages"

type OffsetPaginationProps = {
  count: number
  offset: number
  pageSize: number
  /** A page is loading: no move until it is shown. */
  busy: boolean
  onOffset: (offset: number) => void
}

/** Medusa's table pagination for the dashboard's offset-paged lists (ledger, payouts, advances, stock changes, cooperatives). */
export function OffsetPagination({ count, offset, pageSize, busy, onOffset }: OffsetPaginationProps) {
  const pages = offsetPages({ count, offset, pageSize, busy })
  return (
    <Table.Pagination
      count={count}
      pageSize={pageSize}
      pageIndex={pages.pageIndex}
      pageCount={pages.pageCount}
      canPreviousPage={pages.canPreviousPage}
      canNextPage={pages.canNextPage}
      previousPage={() => onOffset(pages.previousOffset)}
      nextPage={() => onOffset(pages.nextOffset)}
    />
  )
}
