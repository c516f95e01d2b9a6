import { useCartMutation } from "@/lib/cart-mutation"
import { getMedusa } from "@/lib/medusa"
import type { Cart } from "./get-cart"
import { cartKeys } from "./query-keys"

export async function removePromotion(cartId: string, code: string): Promise<Cart> {
  const sdk = await getMedusa()
  const { cart } = await sdk.store.cart.removePromotions(cartId, { promo_codes: [code] })
  return cart
}

export function useRemovePromotion(cartId: string) {
  return useCartMutation((code: string) => removePromotion(cartId, code), { keyOf: cartKeys.detail })
}
