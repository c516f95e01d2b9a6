import { useQueryClient } from "@tanstack/react-query"
import { FetchError } from "@medusajs/js-sdk"
import { inCartQueue } from "@/lib/cart-queue"
import { getMedusa } from "@/lib/medusa"
import { forgetCartId, readCartId } from "../utils/cart-id-storage"
import { cartKeys } from "./query-keys"

/**
 * The guest's cart becomes the signed-in buyer's (Medusa's cart transfer:
 * the cart takes the account's customer and email), so what they picked
 * before signing in is still there. A cart Medusa will not transfer (already
 * an order, or another account's) is forgotten: the next Add to cart starts
 * one of the account's own.
 */
export async function transferGuestCart(): Promise<void> {
  const cartId = readCartId()
  if (!cartId) return
  const sdk = await getMedusa()
  try {
    await inCartQueue(cartId, () => sdk.store.cart.transferCart(cartId))
  } catch (error) {
    const status = error instanceof FetchError ? (error.status ?? 0) : 0
    if (status >= 400 && status < 500) forgetCartId(cartId)
    else throw error
  }
}

export function useTransferGuestCart() {
  const queryClient = useQueryClient()
  return async () => {
    await transferGuestCart()
    await queryClient.invalidateQueries({ queryKey: cartKeys.all })
  }
}
