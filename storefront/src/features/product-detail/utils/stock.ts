export const LOW_STOCK_THRESHOLD = 5

export type Stock =
  | { status: "untracked" }
  | { status: "in_stock"; quantity: number }
  | { status: "low_stock"; quantity: number }
  | { status: "out_of_stock" }

interface StockedVariant {
  manage_inventory?: boolean | null
  inventory_quantity?: number | null
}

/** What the buyer can still order of a variant; a count we were not given counts as none. */
export function stockOf(variant: StockedVariant): Stock {
  // Medusa only counts variants whose stock it manages; the others can always be ordered.
  if (variant.manage_inventory === false) return { status: "untracked" }
  const quantity = Math.max(0, Math.floor(variant.inventory_quantity ?? 0))
  if (quantity === 0) return { status: "out_of_stock" }
  return quantity <= LOW_STOCK_THRESHOLD ? { status: "low_stock", quantity } : { status: "in_stock", quantity }
}

/** The most that may go in the cart at once; undefined means no limit. */
export function maxOrderable(stock: Stock): number | undefined {
  switch (stock.status) {
    case "untracked":
      return undefined
    case "out_of_stock":
      return 0
    default:
      return stock.quantity
  }
}
