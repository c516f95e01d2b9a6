import { useCallback, useMemo } from "react"
import { useSearchParams } from "react-router-dom"
import { useCategories } from "../api/get-categories"
import { useCooperativeOptions } from "../api/get-cooperative-options"
import {
  changeCatalogParams,
  clearedCatalogParams,
  readCatalogParams,
  writeCatalogParams,
  type CatalogParams,
} from "../utils/catalog-params"
import { resolveCatalogResults } from "../utils/resolve-results"

// The results change in place under the filters; the layout's ScrollRestoration would
// otherwise jump to the top of the page on every change.
const STAY = { preventScrollReset: true }

/**
 * The shop's state, all of it in the URL: reading it, changing it (each change
 * a history entry, so Back undoes it), and what the results area should show.
 */
export function useCatalog() {
  const [searchParams, setSearchParams] = useSearchParams()
  const params = useMemo(() => readCatalogParams(searchParams), [searchParams])
  const categories = useCategories()
  const cooperativeOptions = useCooperativeOptions(params.department)

  const update = useCallback(
    (change: Partial<CatalogParams>) =>
      setSearchParams((current) => writeCatalogParams(changeCatalogParams(readCatalogParams(current), change)), STAY),
    [setSearchParams]
  )
  const clear = useCallback(
    () => setSearchParams((current) => writeCatalogParams(clearedCatalogParams(readCatalogParams(current))), STAY),
    [setSearchParams]
  )
  /** A link target for a change, for "see all" links that should also open in a new tab. */
  const hrefFor = useCallback(
    (change: Partial<CatalogParams>) => `?${writeCatalogParams(changeCatalogParams(params, change)).toString()}`,
    [params]
  )

  const results = resolveCatalogResults(params, cooperativeOptions)
  return { params, update, clear, hrefFor, categories, cooperativeOptions, results }
}

export type Catalog = ReturnType<typeof useCatalog>
