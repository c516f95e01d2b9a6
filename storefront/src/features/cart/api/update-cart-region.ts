import { useMutation, useQueryClient } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import type { Cart } from "./get-cart"
import { cartKeys } from "./query-keys"

/** Medusa re-prices every line in the new region's currency and drops what no longer applies. */
export async function updateCartRegion(cartId: string, regionId: string): Promise<Cart> {
  const sdk = await getMedusa()
  const { cart } = await sdk.store.cart.update(cartId, { region_id: regionId })
  return cart
}

export function useUpdateCartRegion() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ cartId, regionId }: { cartId: string; regionId: string }) => updateCartRegion(cartId, regionId),
    onSuccess: (cart) => queryClient.setQueryData(cartKeys.detail(cart.id), cart),
  })
}
