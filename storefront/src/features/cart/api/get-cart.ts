import { skipToken, useQuery } from "@tanstack/react-query"
import { retrieveOpenCart, type StoreCart } from "@/lib/open-cart"
import { forgetCartId } from "../utils/cart-id-storage"
import { cartKeys } from "./query-keys"

export type Cart = StoreCart
export type CartItem = NonNullable<Cart["items"]>[number]

/**
 * The cart, or null when it is gone: Medusa deletes abandoned carts (404) and
 * a completed cart became an order. Either way the id is forgotten, so the
 * next "Add to cart" starts a new cart.
 */
export async function getCart(cartId: string): Promise<Cart | null> {
  const cart = await retrieveOpenCart(cartId)
  if (!cart) forgetCartId(cartId)
  return cart
}

export function useCart(cartId: string | null) {
  return useQuery({
    queryKey: cartId ? cartKeys.detail(cartId) : cartKeys.details(),
    queryFn: cartId ? () => getCart(cartId) : skipToken,
    // Checkout changes the cart behind this cache's back (shipping, region); always re-read on a new page.
    staleTime: 0,
  })
}

export function itemCount(cart: Cart | null | undefined): number {
  return (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
}
