import { useId, useRef } from "react"
import { ErrorState } from "@/components/error-state"
import { Pager } from "@/components/pager"
import { SkeletonLines, SkeletonList } from "@/components/skeleton"
import { useMessages } from "@/lib/i18n"
import { retryOf } from "@/lib/retry-of"
import { useCooperatives } from "../api/get-cooperatives"
import type { DirectoryFilters } from "../hooks/use-directory-params"
import { cooperativeMessages } from "../messages"
import { CooperativeCard } from "./cooperative-card"
import "./cooperatives.css"

const PAGE_SIZE = 12

interface CooperativeListProps {
  filters: DirectoryFilters
  /** 1-based. */
  page: number
  onPageChange: (page: number) => void
  onClearFilters: () => void
}

export function CooperativeList({ filters, page, onPageChange, onClearFilters }: CooperativeListProps) {
  const t = useMessages(cooperativeMessages)
  const headingId = useId()
  const statusRef = useRef<HTMLParagraphElement>(null)
  const list = useCooperatives({ ...filters, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
  const filtered = Boolean(filters.producerGroup || filters.department)

  if (list.isPending) {
    return (
      <SkeletonList label={t("loading")} count={3} className="cooperative-grid" itemClassName="surface link-card cooperative-card">
        <div className="cooperative-card__body">
          <SkeletonLines />
        </div>
      </SkeletonList>
    )
  }
  if (list.isError) {
    return <ErrorState title={t("listError")} {...retryOf(list)} />
  }
  const { cooperatives, count } = list.data
  return (
    <section aria-labelledby={headingId}>
      <p id={headingId} ref={statusRef} tabIndex={-1} className="cooperative-list__count" aria-live="polite">
        {count === 1 ? t("countOne") : t("count", { count })}
      </p>
      {cooperatives.length === 0 ? (
        <div className="state">
          <p className="state__title">{filtered ? t("noneTitle") : t("noneYet")}</p>
          {filtered && (
            <button type="button" className="button" onClick={onClearFilters}>
              {t("clearFilters")}
            </button>
          )}
        </div>
      ) : (
        <ul className="cooperative-grid" aria-busy={list.isPlaceholderData}>
          {cooperatives.map((cooperative) => (
            <li key={cooperative.id}>
              <CooperativeCard cooperative={cooperative} />
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={page}
        pageSize={PAGE_SIZE}
        count={count}
        disabled={list.isPlaceholderData}
        onPageChange={(next) => {
          onPageChange(next)
          statusRef.current?.focus()
        }}
      />
    </section>
  )
}
