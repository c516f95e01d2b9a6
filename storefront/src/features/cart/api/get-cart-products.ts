import { keepPreviousData, skipToken, useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { cartKeys } from "./query-keys"

// A cart line carries its product's id, not the cooperative linked to it; stock is
// read here too so the cart can warn before checkout refuses.
const CART_PRODUCT_FIELDS = "id,*cooperative,variants.id,variants.manage_inventory,+variants.inventory_quantity"

export interface CartProduct {
  id: string
  cooperative?: { id: string; handle: string; name: string } | null
  variants?: { id: string; manage_inventory?: boolean | null; inventory_quantity?: number | null }[] | null
}

export async function getCartProducts(productIds: readonly string[]): Promise<CartProduct[]> {
  const sdk = await getMedusa()
  const { products } = await sdk.store.product.list({
    id: [...productIds],
    fields: CART_PRODUCT_FIELDS,
    limit: productIds.length,
  })
  return products as CartProduct[]
}

export function useCartProducts(productIds: readonly string[]) {
  const ids = [...new Set(productIds)].sort()
  return useQuery({
    queryKey: cartKeys.products(ids),
    queryFn: ids.length > 0 ? () => getCartProducts(ids) : skipToken,
    // Changing a quantity does not change who made the crafts; keep the groups on screen.
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
}
