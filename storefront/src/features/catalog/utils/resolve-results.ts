import type { UseQueryResult } from "@tanstack/react-query"
import type { DepartmentCode, ProducerGroup } from "@/lib/cooperative-terms"
import type { CooperativeOption } from "../api/get-cooperative-options"
import type { CatalogParams } from "./catalog-params"

/** The product filters the store API understands, in the names the products feature takes. */
export interface CatalogProductFilters {
  q?: string
  categoryId?: string
  cooperativeId?: string
  producerGroup?: ProducerGroup
}

export type CatalogResults =
  | { kind: "loading" }
  | { kind: "error"; error: unknown; retry: () => void; retrying: boolean }
  /** One list, paged. */
  | { kind: "products"; filters: CatalogProductFilters }
  /** A department with several cooperatives: the store filters by one cooperative at a time. */
  | { kind: "by-cooperative"; department: DepartmentCode; cooperatives: CooperativeOption[]; filters: CatalogProductFilters }
  | { kind: "no-cooperatives"; department: DepartmentCode }

/**
 * What the results area shows. Without a department, one list with the
 * filters as given. With one, the store's products cannot be filtered by it,
 * only by a single cooperative_id, so: a cooperative of that department the
 * shopper chose, else the department's only (matching) cooperative, else one
 * short list per cooperative, each leading to its full list.
 */
export function resolveCatalogResults(
  params: CatalogParams,
  options: UseQueryResult<CooperativeOption[]>
): CatalogResults {
  const filters: CatalogProductFilters = {
    q: params.q || undefined,
    categoryId: params.category,
    producerGroup: params.group,
  }
  const { department } = params
  if (!department) return { kind: "products", filters: { ...filters, cooperativeId: params.cooperative } }
  if (options.isPending) return { kind: "loading" }
  if (options.isError) {
    return { kind: "error", error: options.error, retry: () => void options.refetch(), retrying: options.isFetching }
  }
  // Checked again here: a backend ignoring ?department= must not pass every cooperative off as local.
  const inDepartment = options.data.filter((cooperative) => cooperative.department === department)
  const chosen = inDepartment.find((cooperative) => cooperative.id === params.cooperative)
  if (chosen) return { kind: "products", filters: { ...filters, cooperativeId: chosen.id } }
  const { group } = params
  const matching = group ? inDepartment.filter((cooperative) => cooperative.producer_groups.includes(group)) : inDepartment
  const [only] = matching
  if (!only) return { kind: "no-cooperatives", department }
  if (matching.length === 1) return { kind: "products", filters: { ...filters, cooperativeId: only.id } }
  return { kind: "by-cooperative", department, cooperatives: matching, filters }
}
