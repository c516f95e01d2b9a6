import { useMessages } from "@/lib/i18n"
import { componentMessages } from "./messages"

interface PagerProps {
  /** 1-based, as pages are counted in URLs (?page=2). */
  page: number
  pageSize: number
  count: number
  onPageChange: (page: number) => void
  disabled?: boolean
}

/**
 * Previous/Next over an offset-paginated Medusa list, counted in 1-based pages
 * so the page number can live in the URL.
 */
export function Pager({ page, pageSize, count, onPageChange, disabled = false }: PagerProps) {
  const t = useMessages(componentMessages)
  if (count <= pageSize && page === 1) return null
  const offset = (page - 1) * pageSize
  return (
    <nav className="pagination" aria-label={t("pages")}>
      <button type="button" className="button" onClick={() => onPageChange(page - 1)} disabled={disabled || page <= 1}>
        {t("previous")}
      </button>
      <p className="pagination__status">
        {t("range", { first: Math.min(offset + 1, count), last: Math.min(offset + pageSize, count), count })}
      </p>
      <button
        type="button"
        className="button"
        onClick={() => onPageChange(page + 1)}
        disabled={disabled || offset + pageSize >= count}
      >
        {t("next")}
      </button>
    </nav>
  )
}
