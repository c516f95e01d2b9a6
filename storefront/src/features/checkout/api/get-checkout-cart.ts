import { skipToken, useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { isNotFoundError } from "@/lib/store-errors"
import { checkoutKeys } from "./query-keys"

type Sdk = Awaited<ReturnType<typeof getMedusa>>
export type CheckoutCart = Awaited<ReturnType<Sdk["store"]["cart"]["retrieve"]>>["cart"]

/** Null when there is nothing to check out: the cart expired (404) or already became an order. */
export async function getCheckoutCart(cartId: string): Promise<CheckoutCart | null> {
  const sdk = await getMedusa()
  try {
    const { cart } = await sdk.store.cart.retrieve(cartId)
    return cart.completed_at ? null : cart
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}

export function useCheckoutCart(cartId: string | null) {
  return useQuery({
    queryKey: cartId ? checkoutKeys.cart(cartId) : checkoutKeys.carts(),
    queryFn: cartId ? () => getCheckoutCart(cartId) : skipToken,
    // The cart page may have changed it a moment ago.
    staleTime: 0,
  })
}
