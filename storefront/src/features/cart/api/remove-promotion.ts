import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import type { Cart } from "./get-cart"
import { cartKeys } from "./query-keys"

export async function removePromotion(cartId: string, code: string): Promise<Cart> {
  const sdk = await getMedusa()
  const { cart } = await sdk.store.cart.removePromotions(cartId, { promo_codes: [code] })
  return cart
}

export function useRemovePromotion(cartId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (code: string) => removePromotion(cartId, code),
    onSuccess: (cart) => queryClient.setQueryData(cartKeys.detail(cart.id), cart),
  })
}
