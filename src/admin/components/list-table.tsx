/**
 * Every list of the dashboard on Medusa UI's DataTable, with the states each
 * needs in one place: placeholder rows while the first page loads, the
 * list's own empty text, the server's reason and "Try again" on a failure,
 * and offset pages. The pages stay on OffsetPagination (the tested
 * offset-pages rule: no move while a page loads), which DataTable's own
 * pagination does not guarantee.
 */
import { DataTable, Text, useDataTable, type DataTableColumnDef } from "@medusajs/ui"
import type { MouseEvent } from "react"
import { QueryError } from "./list-states"
import { OffsetPagination } from "./offset-pagination"

/** What a list reads of its react-query result. */
export type ListQuery = {
  isPending: boolean
  isFetching?: boolean
  isError: boolean
  error: unknown
  refetch: () => unknown
}

export type OffsetPage = { count: number; offset: number; pageSize: number; onOffset: (offset: number) => void }

type ListTableProps<Row> = {
  /** Named in the failure: "Could not load the payouts: ...". */
  what: string
  query: ListQuery
  rows: Row[] | undefined
  // DataTable's own column type: each column's value type differs, so the list's columns are any-valued.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: DataTableColumnDef<Row, any>[]
  rowId: (row: Row) => string
  /** Shown when the page holds no row (say what the filters left out, if any). */
  empty: { heading: string; description?: string }
  /** Offset pages; leave out for a list that is never paged (or has one page). */
  page?: OffsetPage
  onRowClick?: (event: MouseEvent<HTMLTableRowElement>, row: Row) => void
  /** Skip the failure's own panel: the caller shows the error elsewhere. */
  hideError?: boolean
}

export function ListTable<Row>({ what, query, rows, columns, rowId, empty, page, onRowClick, hideError }: ListTableProps<Row>) {
  const table = useDataTable<Row>({
    data: rows ?? [],
    columns,
    getRowId: rowId,
    rowCount: page?.count ?? rows?.length ?? 0,
    isLoading: query.isPending,
    onRowClick,
  })
  if (query.isError) {
    return hideError ? null : <QueryError what={what} error={query.error} onRetry={() => void query.refetch()} />
  }
  return (
    <>
      <DataTable instance={table}>
        <DataTable.Table emptyState={{ empty, filtered: empty }} />
      </DataTable>
      {page && (
        <OffsetPagination
          count={page.count}
          offset={page.offset}
          pageSize={page.pageSize}
          busy={Boolean(query.isFetching)}
          onOffset={page.onOffset}
        />
      )}
    </>
  )
}

/** A long text in a list's cell, kept to one line (give it a max width); the whole text is in its title. */
export function OneLineText({ text, size = "small", className }: { text: string; size?: "xsmall" | "small"; className?: string }) {
  return (
    <Text size={size} className={["truncate", className].filter(Boolean).join(" ")} title={text}>
      {text}
    </Text>
  )
}
