import { useId, useState } from "react"
import { ErrorState } from "@/components/error-state"
import { DepartmentOptions, ProducerGroupOptions, SelectField } from "@/components/select-field"
import { DEPARTMENTS_WEST_TO_EAST, departmentName, isDepartmentCode, isProducerGroup } from "@/lib/cooperative-terms"
import { useMessages } from "@/lib/i18n"
import { retryOf } from "@/lib/retry-of"
import { useCooperativeOptions, type CooperativeOption } from "../api/get-cooperative-options"
import type { Catalog } from "../hooks/use-catalog"
import { catalogMessages } from "../messages"
import { CATALOG_SORTS, hasCatalogFilters, type CatalogSort } from "../utils/catalog-params"
import "./catalog.css"

interface CatalogFiltersProps {
  catalog: Catalog
  locale: string
}

/** Search, filters and sort; every change goes to the URL, which the results read. */
export function CatalogFilters({ catalog, locale }: CatalogFiltersProps) {
  const t = useMessages(catalogMessages)
  const id = useId()
  const { params, update, clear, categories, cooperativeOptions } = catalog
  const sortLabel: Record<CatalogSort, string> = {
    newest: t("sortNewest"),
    oldest: t("sortOldest"),
    "price-asc": t("sortPriceAsc"),
    "price-desc": t("sortPriceDesc"),
  }
  const byName = new Intl.Collator(locale).compare
  // Every cooperative, cached apart from the department's: the departments worth offering are read from it.
  const everyCooperative = useCooperativeOptions(undefined)
  const departments = departmentsWithCrafts(everyCooperative.data, params.department)
  // On a phone the filters fold behind one button that says how many are on, so the crafts start on the first screen.
  const [open, setOpen] = useState(false)
  const active = [params.category, params.group, params.department, params.cooperative].filter(Boolean).length
  const cooperativeChosen = cooperativeOptions.data?.some((option) => option.id === params.cooperative)
  const field = (name: "category" | "group" | "department" | "cooperative" | "sort") => ({
    id: `${id}-${name}`,
    label: t(`${name}Label`),
    fieldClassName: "catalog-filters__field",
  })

  return (
    <section className="surface catalog-filters" aria-label={t("filtersLabel")}>
      {/* Keyed by the URL's search so Back and "clear filters" also reset what is typed. */}
      <form
        key={params.q}
        role="search"
        className="catalog-filters__search"
        onSubmit={(event) => {
          event.preventDefault()
          const q = new FormData(event.currentTarget).get("q")
          update({ q: typeof q === "string" ? q.trim() : "" })
        }}
      >
        <label htmlFor={`${id}-q`}>{t("searchLabel")}</label>
        <div className="catalog-filters__search-row">
          <input id={`${id}-q`} className="control" name="q" type="search" defaultValue={params.q} autoComplete="off" />
          <button type="submit" className="button">
            {t("searchButton")}
          </button>
        </div>
      </form>

      <button
        type="button"
        className="control catalog-filters__toggle"
        aria-expanded={open}
        aria-controls={`${id}-fields`}
        onClick={() => setOpen((current) => !current)}
      >
        {active > 0 ? t("filtersButtonCount", { n: active }) : t("filtersButton")}
      </button>

      <div id={`${id}-fields`} className="catalog-filters__fields" data-open={open}>
        <SelectField {...field("category")} value={params.category ?? ""} onChange={(value) => update({ category: value || undefined })}>
          <option value="">{t("allCategories")}</option>
          {categories.isPending && params.category && <option value={params.category}>{t("loadingOption")}</option>}
          {[...(categories.data ?? [])]
            .sort((a, b) => byName(a.name, b.name))
            .map((category) => (
              <option key={category.id} value={category.id}>
                {category.name}
              </option>
            ))}
        </SelectField>

        <SelectField
          {...field("group")}
          value={params.group ?? ""}
          onChange={(value) => update({ group: isProducerGroup(value) ? value : undefined })}
        >
          <ProducerGroupOptions all={t("allGroups")} />
        </SelectField>

        <SelectField
          {...field("department")}
          value={params.department ?? ""}
          onChange={(value) => update({ department: isDepartmentCode(value) ? value : undefined })}
        >
          <DepartmentOptions all={t("allDepartments")} codes={departments} />
        </SelectField>

        <SelectField
          {...field("cooperative")}
          value={cooperativeChosen || cooperativeOptions.isPending ? (params.cooperative ?? "") : ""}
          onChange={(value) => update({ cooperative: value || undefined })}
        >
          <option value="">
            {params.department
              ? t("allCooperativesIn", { department: departmentName(params.department) })
              : t("allCooperatives")}
          </option>
          {cooperativeOptions.isPending && params.cooperative && (
            <option value={params.cooperative}>{t("loadingOption")}</option>
          )}
          {(cooperativeOptions.data ?? []).filter((option) => option.product_count > 0 || option.id === params.cooperative).map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </SelectField>

        <SelectField {...field("sort")} value={params.sort} onChange={(value) => update({ sort: value as CatalogSort })}>
          {CATALOG_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {sortLabel[sort]}
            </option>
          ))}
        </SelectField>
      </div>

      {hasCatalogFilters(params) && (
        <button type="button" className="outline-button catalog-filters__clear" onClick={clear}>
          {t("clearFilters")}
        </button>
      )}

      {categories.isError && (
        <ErrorState title={t("categoriesError")} {...retryOf(categories)} />
      )}
      {/* With a department chosen the results area reports this failure, with the same Retry. */}
      {cooperativeOptions.isError && !params.department && (
        <ErrorState title={t("cooperativesError")} {...retryOf(cooperativeOptions)} />
      )}
    </section>
  )
}

/**
 * The departments where some cooperative has crafts for sale, west to east:
 * a department with none would only lead to an empty page. One chosen by a
 * shared link stays, so the select can still show it. Until the
 * cooperatives load, all of them, so the filter works from the start.
 */
function departmentsWithCrafts(cooperatives: CooperativeOption[] | undefined, chosen: string | undefined) {
  if (!cooperatives) return DEPARTMENTS_WEST_TO_EAST
  const selling = new Set(cooperatives.filter((c) => c.product_count > 0).map((c) => c.department))
  return DEPARTMENTS_WEST_TO_EAST.filter((code) => selling.has(code) || code === chosen)
}
