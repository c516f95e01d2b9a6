import { useCartMutation } from "@/lib/cart-mutation"
import { getMedusa } from "@/lib/medusa"
import type { Cart } from "./get-cart"
import { cartKeys } from "./query-keys"

export async function updateLineItem(cartId: string, itemId: string, quantity: number): Promise<Cart> {
  const sdk = await getMedusa()
  const { cart } = await sdk.store.cart.updateLineItem(cartId, itemId, { quantity })
  return cart
}

export function useUpdateLineItem(cartId: string) {
  return useCartMutation(
    ({ itemId, quantity }: { itemId: string; quantity: number }) => updateLineItem(cartId, itemId, quantity),
    { keyOf: cartKeys.detail, refreshOnError: cartKeys.all }
  )
}
