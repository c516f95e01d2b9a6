/**
 * One page of an offset-paged list, as Medusa's `Table.Pagination` wants it:
 * the page shown, how many there are, and where the previous and next pages
 * start. Never a page before the first; no next page past the count; no
 * move while a page is still loading (a second click would skip one).
 */
export function offsetPages(input: { count: number; offset: number; pageSize: number; busy: boolean }) {
  const { count, offset, pageSize, busy } = input
  return {
    pageIndex: Math.floor(offset / pageSize),
    pageCount: Math.max(1, Math.ceil(count / pageSize)),
    canPreviousPage: offset > 0 && !busy,
    canNextPage: offset + pageSize < count && !busy,
    previousOffset: Math.max(0, offset - pageSize),
    nextOffset: offset + pageSize,
  }
}
