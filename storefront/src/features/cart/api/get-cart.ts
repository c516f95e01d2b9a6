import { skipToken, useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { isNotFoundError } from "@/lib/store-errors"
import { forgetCartId } from "../utils/cart-id-storage"
import { cartKeys } from "./query-keys"

type Sdk = Awaited<ReturnType<typeof getMedusa>>
export type Cart = Awaited<ReturnType<Sdk["store"]["cart"]["retrieve"]>>["cart"]
export type CartItem = NonNullable<Cart["items"]>[number]

/**
 * The cart, or null when it is gone: Medusa deletes abandoned carts (404) and
 * a completed cart became an order. Either way the id is forgotten, so the
 * next "Add to cart" starts a new cart.
 */
export async function getCart(cartId: string): Promise<Cart | null> {
  const sdk = await getMedusa()
  try {
    // Medusa's default fields: every cart answer (mutations too) has the same shape in the cache.
    const { cart } = await sdk.store.cart.retrieve(cartId)
    if (cart.completed_at) {
      forgetCartId(cartId)
      return null
    }
    return cart
  } catch (error) {
    if (isNotFoundError(error)) {
      forgetCartId(cartId)
      return null
    }
    throw error
  }
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
