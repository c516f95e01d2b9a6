import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import type { Cart } from "./get-cart"
import { cartKeys } from "./query-keys"

export interface PromotionResult {
  cart: Cart
  /** Medusa answers 200 even when it drops a code whose rules do not match the cart. */
  applied: boolean
}

export async function addPromotion(cartId: string, code: string): Promise<PromotionResult> {
  const sdk = await getMedusa()
  const { cart } = await sdk.store.cart.addPromotions(cartId, { promo_codes: [code] })
  const wanted = code.toLowerCase()
  const applied = (cart.promotions ?? []).some((promotion) => promotion.code?.toLowerCase() === wanted)
  return { cart, applied }
}

export function useAddPromotion(cartId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (code: string) => addPromotion(cartId, code),
    onSuccess: ({ cart }) => queryClient.setQueryData(cartKeys.detail(cart.id), cart),
  })
}
