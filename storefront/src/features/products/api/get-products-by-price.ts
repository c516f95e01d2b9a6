import type Medusa from "@medusajs/js-sdk"
import type { StoreProductListParams } from "./get-products"

/** GET /store/catalog/price-order: one page of product ids, cheapest (or dearest) first. */
interface PriceOrder {
  product_ids: string[]
  count: number
  offset: number
  limit: number
}

/**
 * Medusa's product list cannot order by a region's price, so the backend's
 * price-order route gives the page's ids in order and /store/products then
 * gives those products, put back in that order.
 */
export async function getProductsByPrice(sdk: Medusa, query: StoreProductListParams, sort: "price-asc" | "price-desc") {
  const { fields, locale, ...filters } = query
  const order = await sdk.client.fetch<PriceOrder>("/store/catalog/price-order", {
    // The locale too: a Spanish search looks in the Spanish texts.
    query: { ...filters, locale, order: sort === "price-asc" ? "price" : "-price" },
  })
  const page = { count: order.count, offset: order.offset, limit: order.limit }
  if (order.product_ids.length === 0) return { products: [], ...page }
  const { products } = await sdk.store.product.list({
    id: order.product_ids,
    region_id: query.region_id,
    fields,
    locale,
    limit: order.product_ids.length,
  } as StoreProductListParams)
  const byId = new Map(products.map((product) => [product.id, product]))
  // A craft withdrawn between the two requests is simply missing from this page.
  return { products: order.product_ids.flatMap((id) => byId.get(id) ?? []), ...page }
}
