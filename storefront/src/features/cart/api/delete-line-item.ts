import { useCartMutation } from "@/lib/cart-mutation"
import { getMedusa } from "@/lib/medusa"
import type { Cart } from "./get-cart"
import { cartKeys } from "./query-keys"

export async function deleteLineItem(cartId: string, itemId: string): Promise<Cart> {
  const sdk = await getMedusa()
  const { parent } = await sdk.store.cart.deleteLineItem(cartId, itemId)
  if (!parent) throw new Error("The store removed the item but did not send the cart back.")
  return parent
}

export function useDeleteLineItem(cartId: string) {
  return useCartMutation((itemId: string) => deleteLineItem(cartId, itemId), { keyOf: cartKeys.detail, refreshOnError: cartKeys.all })
}
