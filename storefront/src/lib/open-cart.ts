import { getMedusa } from "@/lib/medusa"
import { isNotFoundError } from "@/lib/store-errors"

type Sdk = Awaited<ReturnType<typeof getMedusa>>
export type StoreCart = Awaited<ReturnType<Sdk["store"]["cart"]["retrieve"]>>["cart"]

/**
 * The cart, or null when there is none to show: Medusa deletes abandoned carts
 * (404) and a completed cart became an order. Medusa's default fields, so
 * every cart answer (mutations too) has the same shape in a cache.
 */
export async function retrieveOpenCart(cartId: string): Promise<StoreCart | null> {
  const sdk = await getMedusa()
  try {
    const { cart } = await sdk.store.cart.retrieve(cartId)
    return cart.completed_at ? null : cart
  } catch (error) {
    if (isNotFoundError(error)) return null
    throw error
  }
}
