import { useCart } from "../api/get-cart"
import { useCartId } from "../hooks/use-cart-id"
import { useCartSync } from "../hooks/use-cart-sync"

/**
 * Renders nothing; placed in the layout, it moves the cart to the region and
 * language the buyer picks on any page, not only on the cart page.
 */
export function CartSync({ regionId }: { regionId: string | undefined }) {
  const cartId = useCartId()
  const cart = useCart(cartId)
  useCartSync(cart.data, regionId)
  return null
}
