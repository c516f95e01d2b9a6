import type Medusa from "@medusajs/js-sdk"
import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { productKeys, type ProductListParams } from "./query-keys"

// Only what a card shows; calculated_price is priced for the region_id sent along,
// and the cooperative's public name says who made the craft.
const PRODUCT_CARD_FIELDS =
  "id,title,subtitle,handle,thumbnail,variants.id,*variants.calculated_price,cooperative.name,cooperative.handle"

// Medusa takes a single order field ("created_at,id" is refused as an unknown field), and
// products seeded or imported together share one created_at, so offset pages over it could
// repeat or skip crafts. Medusa ids are ULIDs: unique and ordered by creation time to the
// millisecond, so sorting by id is "newest first" with a tie-breaker built in.
const ORDER = { newest: "-id", oldest: "id" } as const

export type StoreProductListParams = NonNullable<Parameters<Medusa["store"]["product"]["list"]>[0]> &
  CooperativeProductFilters & { locale?: string }

/** This project's filters on /store/products, beside Medusa's own. */
interface CooperativeProductFilters {
  cooperative_id?: string
  producer_group?: string
}

export async function getProducts(params: ProductListParams) {
  const sdk = await getMedusa()
  const query: StoreProductListParams = {
    region_id: params.regionId,
    limit: params.limit,
    offset: params.offset,
    fields: PRODUCT_CARD_FIELDS,
    q: params.q || undefined,
    category_id: params.categoryId || undefined,
    cooperative_id: params.cooperativeId || undefined,
    producer_group: params.producerGroup,
    locale: params.catalogLocale,
  }
  const sort = params.sort ?? "newest"
  if (sort === "price-asc" || sort === "price-desc") {
    // Only the shop sorts by price: its code loads with the first such request, not with the home page.
    const { getProductsByPrice } = await import("./get-products-by-price")
    return getProductsByPrice(sdk, query, sort)
  }
  return sdk.store.product.list({ ...query, order: ORDER[sort] })
}

/** Medusa's store product, plus the cooperative summary this store links to every product. */
export type Product = Awaited<ReturnType<Medusa["store"]["product"]["list"]>>["products"][number] & {
  cooperative?: { name: string; handle: string } | null
}

export function useProducts(params: ProductListParams | undefined) {
  return useQuery({
    queryKey: params ? productKeys.list(params) : productKeys.lists(),
    // Waits for a region: prices mean nothing without one.
    queryFn: params ? () => getProducts(params) : skipToken,
    // The current page stays on screen while the next page or region loads.
    placeholderData: keepPreviousData,
  })
}
