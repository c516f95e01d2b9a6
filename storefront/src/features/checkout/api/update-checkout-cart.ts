import { useCartMutation } from "@/lib/cart-mutation"
import { inCartQueue } from "@/lib/cart-queue"
import { getMedusa } from "@/lib/medusa"
import type { CheckoutCart } from "./get-checkout-cart"
import { checkoutKeys } from "./query-keys"

type Sdk = Awaited<ReturnType<typeof getMedusa>>
export type CheckoutCartUpdate = Parameters<Sdk["store"]["cart"]["update"]>[1]

export async function updateCheckoutCart(cartId: string, update: CheckoutCartUpdate): Promise<CheckoutCart> {
  const sdk = await getMedusa()
  const { cart } = await inCartQueue(cartId, () => sdk.store.cart.update(cartId, update))
  return cart
}

export function useUpdateCheckoutCart(cartId: string) {
  return useCartMutation((update: CheckoutCartUpdate) => updateCheckoutCart(cartId, update), { keyOf: checkoutKeys.cart })
}
