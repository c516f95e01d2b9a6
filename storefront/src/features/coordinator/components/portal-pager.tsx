import { useMessages } from "@/lib/i18n"
import { portalMessages } from "../messages"

interface PortalPagerProps {
  offset: number
  limit: number
  count: number
  onOffsetChange: (offset: number) => void
  /** Names the list paged, since one screen has several pagers. */
  label: string
  disabled?: boolean
}

export function PortalPager({ offset, limit, count, onOffsetChange, label, disabled = false }: PortalPagerProps) {
  const t = useMessages(portalMessages)
  if (count <= limit && offset === 0) return null
  return (
    <nav className="pagination coop-pager" aria-label={`${label}: ${t("pages")}`}>
      <button type="button" className="button" onClick={() => onOffsetChange(Math.max(0, offset - limit))} disabled={disabled || offset === 0}>
        {t("previous")}
      </button>
      <p className="pagination__status">
        {t("range", { first: Math.min(offset + 1, count), last: Math.min(offset + limit, count), count })}
      </p>
      <button type="button" className="button" onClick={() => onOffsetChange(offset + limit)} disabled={disabled || offset + limit >= count}>
        {t("next")}
      </button>
    </nav>
  )
}
