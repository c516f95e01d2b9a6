import type { QueryClient } from "@tanstack/react-query"
import { getProducts } from "@/features/products/api/get-products"
import { DEFAULT_PAGE_SIZE, productKeys, type ProductListParams } from "@/features/products/api/query-keys"
import type { Region } from "@/features/regions/api/get-regions"
import { REGION_STORAGE_KEY } from "@/features/regions/hooks/use-selected-region"
import { pickDefaultRegion } from "@/features/regions/utils/pick-default-region"
import { readBoot } from "@/lib/boot"
import { catalogLocaleFor, startingLanguage } from "@/lib/i18n"
import { readStored } from "@/lib/local-storage"

/** The home page's featured crafts. */
export const HOME_FEATURED = 8

/**
 * Puts the first screen's crafts in place when the page carries them (the
 * storefront server's boot data), else asks for them while the page's code
 * is still loading: the router renders nothing until the route's chunk has arrived,
 * and on a slow phone that is most of a second in which the request could
 * already be on its way. Only when the page carries the regions (boot data),
 * so the region is known at once; the grid then finds the answer (or the
 * request in flight) under the same query key, built as the grid builds it.
 */
export function prefetchFirstScreen(queryClient: QueryClient, location: Pick<Location, "pathname" | "search"> = window.location) {
  const regions = readBoot().regions as Region[] | undefined
  if (!regions?.length) return
  const stored = readStored(REGION_STORAGE_KEY)
  // As the shop picks it (shop-context.tsx): the remembered region, else the browser's country.
  const region = regions.find((candidate) => candidate.id === stored) ?? pickDefaultRegion(regions, navigator.language || "en-US")
  if (!region) return
  const limit = location.pathname === "/" ? HOME_FEATURED : location.pathname === "/shop" && !location.search ? DEFAULT_PAGE_SIZE : 0
  if (!limit) return
  const params: ProductListParams = {
    sort: "newest",
    regionId: region.id,
    limit,
    offset: 0,
    catalogLocale: catalogLocaleFor(startingLanguage()),
  }
  // The page may carry them already, when the server guessed this visitor's region and language right.
  const carried = readBoot().products
  if (carried?.region_id === params.regionId && carried.limit === limit && carried.locale === (params.catalogLocale ?? null)) {
    queryClient.setQueryData(productKeys.list(params), carried.response as Awaited<ReturnType<typeof getProducts>>, {
      updatedAt: carried.fetched_at,
    })
    return
  }
  void queryClient.prefetchQuery({ queryKey: productKeys.list(params), queryFn: () => getProducts(params) })
}
