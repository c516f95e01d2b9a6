import { Link } from "react-router-dom"
import { ErrorState } from "@/components/error-state"
import { departmentName } from "@/lib/cooperative-terms"
import { useMessages } from "@/lib/i18n"
import type { CooperativeOption } from "../api/get-cooperative-options"
import type { Catalog } from "../hooks/use-catalog"
import { catalogMessages } from "../messages"
import "./catalog.css"

/**
 * What the results area says before or instead of product lists: finding a
 * department's cooperatives, failing to, finding none, or finding several
 * (the store filters products by one cooperative at a time, so it says so).
 */
export function CatalogNotice({ catalog }: { catalog: Catalog }) {
  const t = useMessages(catalogMessages)
  const { results, params, clear } = catalog
  const department = params.department ? departmentName(params.department) : ""
  switch (results.kind) {
    case "loading":
      return (
        <p role="status" className="catalog-notice">
          {t("loadingCooperatives", { department })}
        </p>
      )
    case "error":
      return <ErrorState title={t("cooperativesError")} error={results.error} onRetry={results.retry} retrying={results.retrying} />
    case "no-cooperatives":
      return (
        <div className="state">
          <p className="state__title">{t("noCooperativesTitle", { department })}</p>
          <button type="button" className="button" onClick={clear}>
            {t("clearFilters")}
          </button>
        </div>
      )
    case "by-cooperative":
      return (
        <p className="catalog-notice" role="status">
          {t("byCooperative", { count: results.cooperatives.length, department })}
        </p>
      )
    case "products":
      return null
  }
}

/** The empty results of a filtered list, with the way out. */
export function NoResults({ onClear }: { onClear: () => void }) {
  const t = useMessages(catalogMessages)
  return (
    <div className="state">
      <p className="state__title">{t("noResultsTitle")}</p>
      <p>{t("noResultsBody")}</p>
      <button type="button" className="button" onClick={onClear}>
        {t("clearFilters")}
      </button>
    </div>
  )
}

export function CooperativeSectionEmpty() {
  const t = useMessages(catalogMessages)
  return <p className="catalog-notice">{t("sectionEmpty")}</p>
}

/** A real link (it can open in a new tab) to the same filters narrowed to one cooperative. */
export function SeeAllByCooperative({ catalog, cooperative }: { catalog: Catalog; cooperative: CooperativeOption }) {
  const t = useMessages(catalogMessages)
  return (
    <Link className="catalog-see-all" to={{ search: catalog.hrefFor({ cooperative: cooperative.id }) }}>
      {t("seeAllBy", { name: cooperative.name })}
    </Link>
  )
}
