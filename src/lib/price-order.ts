/**
 * The shop's "sort by price": a craft is as cheap as its cheapest variant in
 * the region's currency. Pure, so the ordering rule is tested on its own.
 */

export type PriceDirection = "asc" | "desc"

export interface PricedProduct {
  id: string
  /** Each variant's price in the region's currency; null when a variant has none there. */
  variantPrices: (number | null | undefined)[]
}

/** The cheapest variant's price, or null when no variant is priced in the currency. */
export function lowestPrice(prices: PricedProduct["variantPrices"]): number | null {
  let lowest: number | null = null
  for (const price of prices) {
    if (typeof price === "number" && Number.isFinite(price) && (lowest === null || price < lowest)) lowest = price
  }
  return lowest
}

/**
 * Product ids by lowest price, cheapest or dearest first. Crafts with no price
 * in the currency come last either way (nobody sorting by price wants them
 * first); equal prices fall back to newest first (Medusa ids are ULIDs, ordered
 * by creation), so the order is total and offset pages never repeat or skip.
 */
export function orderByLowestPrice(products: PricedProduct[], direction: PriceDirection): string[] {
  const sign = direction === "asc" ? 1 : -1
  return products
    .map((product) => ({ id: product.id, price: lowestPrice(product.variantPrices) }))
    .sort((a, b) => {
      if (a.price !== b.price) {
        if (a.price === null) return 1
        if (b.price === null) return -1
        return sign * (a.price - b.price)
      }
      return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
    })
    .map((product) => product.id)
}
