import { useCart } from "../api/get-cart"
import { useCartId } from "../hooks/use-cart-id"
import { useCartRegionSync } from "../hooks/use-cart-region-sync"

/**
 * Renders nothing; placed in the layout, it moves the cart to the region the
 * buyer picks on any page, not only on the cart page.
 */
export function CartRegionSync({ regionId }: { regionId: string | undefined }) {
  const cartId = useCartId()
  const cart = useCart(cartId)
  useCartRegionSync(cart.data, regionId)
  return null
}
