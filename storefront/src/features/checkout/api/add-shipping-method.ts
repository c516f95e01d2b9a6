import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import type { CheckoutCart } from "./get-checkout-cart"
import { checkoutKeys } from "./query-keys"

export async function addShippingMethod(cartId: string, optionId: string): Promise<CheckoutCart> {
  const sdk = await getMedusa()
  const { cart } = await sdk.store.cart.addShippingMethod(cartId, { option_id: optionId })
  return cart
}

export function useAddShippingMethod(cartId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (optionId: string) => addShippingMethod(cartId, optionId),
    onSuccess: (cart) => queryClient.setQueryData(checkoutKeys.cart(cart.id), cart),
  })
}
