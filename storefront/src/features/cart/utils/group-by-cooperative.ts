import type { CartProduct } from "../api/get-cart-products"

export interface CooperativeRef {
  id: string
  handle: string
  name: string
}

export interface CooperativeGroup<Item> {
  /** Null for crafts whose cooperative the store does not show (none assigned, or paused). */
  cooperative: CooperativeRef | null
  items: Item[]
}

/**
 * The cart's lines under the cooperative that made them, in the order the
 * buyer added them; lines without a known cooperative come last.
 */
export function groupByCooperative<Item extends { product_id?: string | null }>(
  items: readonly Item[],
  products: readonly CartProduct[]
): CooperativeGroup<Item>[] {
  const cooperativeOf = new Map(products.map((product) => [product.id, product.cooperative ?? null]))
  const groups = new Map<string, CooperativeGroup<Item>>()
  const unknown: Item[] = []
  for (const item of items) {
    const cooperative = item.product_id ? cooperativeOf.get(item.product_id) : undefined
    if (!cooperative) {
      unknown.push(item)
      continue
    }
    const group = groups.get(cooperative.id) ?? { cooperative, items: [] }
    group.items.push(item)
    groups.set(cooperative.id, group)
  }
  const result = [...groups.values()]
  if (unknown.length > 0) result.push({ cooperative: null, items: unknown })
  return result
}

/** How many of a variant can still be ordered, or undefined when the store does not count it. */
export function availableQuantity(products: readonly CartProduct[], variantId: string | null | undefined): number | undefined {
  if (!variantId) return undefined
  for (const product of products) {
    const variant = product.variants?.find((candidate) => candidate.id === variantId)
    if (variant) return variant.manage_inventory && typeof variant.inventory_quantity === "number" ? Math.max(0, variant.inventory_quantity) : undefined
  }
  return undefined
}
