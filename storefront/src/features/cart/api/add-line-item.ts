import { getMedusa } from "@/lib/medusa"
import type { Cart } from "./get-cart"

export async function addLineItem(cartId: string, variantId: string, quantity: number): Promise<Cart> {
  const sdk = await getMedusa()
  const { cart } = await sdk.store.cart.createLineItem(cartId, { variant_id: variantId, quantity })
  return cart
}
