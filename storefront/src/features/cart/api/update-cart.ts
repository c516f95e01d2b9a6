import { useMutation, useQueryClient } from "@tanstack/react-query"
import { inCartQueue } from "@/lib/cart-queue"
import { getMedusa } from "@/lib/medusa"
import type { Cart } from "./get-cart"
import { cartKeys } from "./query-keys"

/** What follows the buyer's choices in the header. */
export interface CartSettings {
  /** Medusa re-prices every line in the new region's currency and drops what no longer applies. */
  region_id?: string
  /** Medusa re-writes every line's titles in this locale's catalog text. */
  locale?: string
}

export async function updateCart(cartId: string, settings: CartSettings): Promise<Cart> {
  const sdk = await getMedusa()
  const { cart } = await inCartQueue(cartId, () => sdk.store.cart.update(cartId, settings))
  return cart
}

/** The cart's locale, which Medusa answers with though its store types leave it out. */
export function cartLocale(cart: Cart): string | null {
  return (cart as Cart & { locale?: string | null }).locale ?? null
}

export function useUpdateCart() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ cartId, settings }: { cartId: string; settings: CartSettings }) => updateCart(cartId, settings),
    onSuccess: (cart) => {
      queryClient.setQueryData(cartKeys.detail(cart.id), cart)
      // Other pages keep their own copies of this cart (checkout, its delivery options): they now hold old prices or words.
      void queryClient.invalidateQueries({
        predicate: (query) => query.queryKey.includes(cart.id) && query.queryKey[0] !== cartKeys.all[0],
      })
    },
  })
}
