import { getMedusa } from "@/lib/medusa"
import type { Cart } from "./get-cart"

/**
 * Without a region Medusa uses the store's default one; the cart sync then
 * moves the cart. The locale makes Medusa write each line in the buyer's language.
 */
export async function createCart(regionId: string | undefined, locale: string): Promise<Cart> {
  const sdk = await getMedusa()
  const { cart } = await sdk.store.cart.create(regionId ? { region_id: regionId, locale } : { locale })
  return cart
}
