import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import type { Cart } from "./get-cart"
import { cartKeys } from "./query-keys"

export async function deleteLineItem(cartId: string, itemId: string): Promise<Cart> {
  const sdk = await getMedusa()
  const { parent } = await sdk.store.cart.deleteLineItem(cartId, itemId)
  if (!parent) throw new Error("The store removed the item but did not send the cart back.")
  return parent
}

export function useDeleteLineItem(cartId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (itemId: string) => deleteLineItem(cartId, itemId),
    onSuccess: (cart) => queryClient.setQueryData(cartKeys.detail(cart.id), cart),
    // The refusal may come from a cart or stock that changed elsewhere: show them as they are now.
    onError: () => queryClient.invalidateQueries({ queryKey: cartKeys.all }),
  })
}
