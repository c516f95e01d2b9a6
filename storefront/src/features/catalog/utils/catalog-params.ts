import {
  isDepartmentCode,
  isProducerGroup,
  type DepartmentCode,
  type ProducerGroup,
} from "@/lib/cooperative-terms"

export const CATALOG_SORTS = ["newest", "oldest", "price-asc", "price-desc"] as const
export type CatalogSort = (typeof CATALOG_SORTS)[number]

/** Everything the shop's URL can say: ?q=&category=&group=&department=&cooperative=&sort=&page= */
export interface CatalogParams {
  q: string
  /** A product category id. */
  category?: string
  group?: ProducerGroup
  department?: DepartmentCode
  /** A cooperative id (the store API filters products by id). */
  cooperative?: string
  sort: CatalogSort
  /** 1-based. */
  page: number
}

export const DEFAULT_CATALOG_PARAMS: CatalogParams = { q: "", sort: "newest", page: 1 }

const text = (value: string | null) => value?.trim() || undefined

/** Reads the URL leniently: an unknown group, department, sort or page falls back to "any". */
export function readCatalogParams(search: URLSearchParams): CatalogParams {
  const group = search.get("group")
  const department = search.get("department")
  const sort = search.get("sort")
  const page = Number(search.get("page"))
  return {
    q: text(search.get("q")) ?? "",
    category: text(search.get("category")),
    group: isProducerGroup(group) ? group : undefined,
    department: isDepartmentCode(department) ? department : undefined,
    cooperative: text(search.get("cooperative")),
    sort: (CATALOG_SORTS as readonly (string | null)[]).includes(sort) ? (sort as CatalogSort) : "newest",
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  }
}

/** The shortest URL for the params: defaults are left out, so the plain shop is just /shop. */
export function writeCatalogParams(params: CatalogParams): URLSearchParams {
  const search = new URLSearchParams()
  if (params.q) search.set("q", params.q)
  if (params.category) search.set("category", params.category)
  if (params.group) search.set("group", params.group)
  if (params.department) search.set("department", params.department)
  if (params.cooperative) search.set("cooperative", params.cooperative)
  if (params.sort !== "newest") search.set("sort", params.sort)
  if (params.page > 1) search.set("page", String(params.page))
  return search
}

/**
 * Applies one change the way a shopper expects: any new filter, search or
 * sort starts again at page 1, and a new department forgets a cooperative
 * chosen in the old one.
 */
export function changeCatalogParams(current: CatalogParams, change: Partial<CatalogParams>): CatalogParams {
  const next = { ...current, page: 1, ...change }
  if ("department" in change && change.department !== current.department && !("cooperative" in change)) {
    next.cooperative = undefined
  }
  return next
}

export function hasCatalogFilters(params: CatalogParams): boolean {
  return Boolean(params.q || params.category || params.group || params.department || params.cooperative)
}

/** Filters off, search emptied; the chosen sort stays, as it is a preference rather than a filter. */
export function clearedCatalogParams(current: CatalogParams): CatalogParams {
  return { ...DEFAULT_CATALOG_PARAMS, sort: current.sort }
}
