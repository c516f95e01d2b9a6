import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { productKeys, type ProductListParams } from "./query-keys"

// Only what a card shows; calculated_price is priced for the region_id sent along,
// and the cooperative's public name says who made the craft.
const PRODUCT_CARD_FIELDS =
  "id,title,subtitle,handle,thumbnail,variants.id,*variants.calculated_price,cooperative.name,cooperative.handle"

export async function getProducts({ regionId, limit, offset }: ProductListParams) {
  const sdk = await getMedusa()
  return sdk.store.product.list({ region_id: regionId, limit, offset, fields: PRODUCT_CARD_FIELDS })
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
