import { useMessages } from "@/lib/i18n"
import { componentMessages } from "./messages"

interface PaginationProps {
  offset: number
  limit: number
  count: number
  onOffsetChange: (offset: number) => void
  disabled?: boolean
}

/** Previous/Next over an offset-paginated list, the way Medusa's list routes page. */
export function Pagination({ offset, limit, count, onOffsetChange, disabled = false }: PaginationProps) {
  const t = useMessages(componentMessages)
  if (count <= limit && offset === 0) return null
  const first = Math.min(offset + 1, count)
  const last = Math.min(offset + limit, count)
  return (
    <nav className="pagination" aria-label={t("pages")}>
      <button
        type="button"
        className="button"
        onClick={() => onOffsetChange(Math.max(0, offset - limit))}
        disabled={disabled || offset === 0}
      >
        {t("previous")}
      </button>
      <p className="pagination__status">
        {t("range", { first, last, count })}
      </p>
      <button
        type="button"
        className="button"
        onClick={() => onOffsetChange(offset + limit)}
        disabled={disabled || offset + limit >= count}
      >
        {t("next")}
      </button>
    </nav>
  )
}
