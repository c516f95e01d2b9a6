import { skipToken, useQuery } from "@tanstack/react-query"
import { retrieveOpenCart, type StoreCart } from "@/lib/open-cart"
import { checkoutKeys } from "./query-keys"

export type CheckoutCart = StoreCart

/** Null when there is nothing to check out: the cart expired (404) or already became an order. */
export const getCheckoutCart = retrieveOpenCart

export function useCheckoutCart(cartId: string | null) {
  return useQuery({
    queryKey: cartId ? checkoutKeys.cart(cartId) : checkoutKeys.carts(),
    queryFn: cartId ? () => getCheckoutCart(cartId) : skipToken,
    // The cart page may have changed it a moment ago.
    staleTime: 0,
  })
}
