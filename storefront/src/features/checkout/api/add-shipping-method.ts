import { useCartMutation } from "@/lib/cart-mutation"
import { getMedusa } from "@/lib/medusa"
import type { CheckoutCart } from "./get-checkout-cart"
import { checkoutKeys } from "./query-keys"

export async function addShippingMethod(cartId: string, optionId: string): Promise<CheckoutCart> {
  const sdk = await getMedusa()
  const { cart } = await sdk.store.cart.addShippingMethod(cartId, { option_id: optionId })
  return cart
}

export function useAddShippingMethod(cartId: string) {
  return useCartMutation((optionId: string) => addShippingMethod(cartId, optionId), { keyOf: checkoutKeys.cart })
}
