import type Medusa from "@medusajs/js-sdk"
import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { productKeys, type ProductListParams, type ProductSort } from "./query-keys"

// Only what a card shows; calculated_price is priced for the region_id sent along,
// and the cooperative's public name says who made the craft.
const PRODUCT_CARD_FIELDS =
  "id,title,subtitle,handle,thumbnail,variants.id,*variants.calculated_price,cooperative.name,cooperative.handle"

// Medusa takes a single order field ("created_at,id" is refused as an unknown field), and
// products seeded or imported together share one created_at, so offset pages over it could
// repeat or skip crafts. Medusa ids are ULIDs: unique and ordered by creation time to the
// millisecond, so sorting by id is "newest first" with a tie-breaker built in.
const ORDER: Record<ProductSort, string> = { newest: "-id", oldest: "id" }

type StoreProductListParams = NonNullable<Parameters<Medusa["store"]["product"]["list"]>[0]>

/** This project's filters on /store/products, beside Medusa's own. */
interface CooperativeProductFilters {
  cooperative_id?: string
  producer_group?: string
}

export async function getProducts(params: ProductListParams) {
  const sdk = await getMedusa()
  const query: StoreProductListParams & CooperativeProductFilters = {
    region_id: params.regionId,
    limit: params.limit,
    offset: params.offset,
    order: ORDER[params.sort ?? "newest"],
    fields: PRODUCT_CARD_FIELDS,
    q: params.q || undefined,
    category_id: params.categoryId || undefined,
    cooperative_id: params.cooperativeId || undefined,
    producer_group: params.producerGroup,
  }
  return sdk.store.product.list(query)
}

/** Medusa's store product, plus the cooperative summary this store links to every product. */
export type Product = Awaited<ReturnType<typeof getProducts>>["products"][number] & {
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
