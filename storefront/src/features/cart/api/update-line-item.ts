import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import type { Cart } from "./get-cart"
import { cartKeys } from "./query-keys"

export async function updateLineItem(cartId: string, itemId: string, quantity: number): Promise<Cart> {
  const sdk = await getMedusa()
  const { cart } = await sdk.store.cart.updateLineItem(cartId, itemId, { quantity })
  return cart
}

export function useUpdateLineItem(cartId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ itemId, quantity }: { itemId: string; quantity: number }) => updateLineItem(cartId, itemId, quantity),
    onSuccess: (cart) => queryClient.setQueryData(cartKeys.detail(cart.id), cart),
    // The refusal may come from a cart or stock that changed elsewhere: show them as they are now.
    onError: () => queryClient.invalidateQueries({ queryKey: cartKeys.all }),
  })
}
