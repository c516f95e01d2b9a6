import { NavLink } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import { itemCount, useCart } from "../api/get-cart"
import { useCartId } from "../hooks/use-cart-id"
import { cartMessages } from "../messages"

/** The header's link to the cart with the number of items in it; works on every page. */
export function CartLink() {
  const t = useMessages(cartMessages)
  const cartId = useCartId()
  const cart = useCart(cartId)
  const count = itemCount(cart.data)
  // A remembered cart still loading shows no number rather than a wrong "0".
  if (cartId && cart.isPending) return <NavLink to="/cart">{t("linkLoading")}</NavLink>
  const label = count === 0 ? t("linkLabelEmpty") : count === 1 ? t("linkLabelOne") : t("linkLabel", { n: count })
  return (
    <NavLink to="/cart" aria-label={label}>
      {t("link", { n: count })}
    </NavLink>
  )
}
