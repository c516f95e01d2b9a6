import { getMedusa } from "@/lib/medusa"
import type { Cart } from "./get-cart"

/** Without a region Medusa uses the store's default one; the region sync then moves the cart. */
export async function createCart(regionId: string | undefined): Promise<Cart> {
  const sdk = await getMedusa()
  const { cart } = await sdk.store.cart.create(regionId ? { region_id: regionId } : {})
  return cart
}
