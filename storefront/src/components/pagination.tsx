interface PaginationProps {
  offset: number
  limit: number
  count: number
  onOffsetChange: (offset: number) => void
  disabled?: boolean
}

/** Previous/Next over an offset-paginated list, the way Medusa's list routes page. */
export function Pagination({ offset, limit, count, onOffsetChange, disabled = false }: PaginationProps) {
  if (count <= limit && offset === 0) return null
  const first = Math.min(offset + 1, count)
  const last = Math.min(offset + limit, count)
  return (
    <nav className="pagination" aria-label="Pages">
      <button
        type="button"
        className="button"
        onClick={() => onOffsetChange(Math.max(0, offset - limit))}
        disabled={disabled || offset === 0}
      >
        Previous
      </button>
      <p className="pagination__status">
        {first}–{last} of {count}
      </p>
      <button
        type="button"
        className="button"
        onClick={() => onOffsetChange(offset + limit)}
        disabled={disabled || offset + limit >= count}
      >
        Next
      </button>
    </nav>
  )
}
