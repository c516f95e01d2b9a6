import { useId, useState } from "react"
import { Link } from "react-router-dom"
import { ErrorState } from "@/components/error-state"
import { SkeletonBlock, SkeletonLines } from "@/components/skeleton"
import { EmptyState } from "@/components/empty-state"
import { useMessages } from "@/lib/i18n"
import { retryOf } from "@/lib/retry-of"
import { useCheckoutCart } from "../api/get-checkout-cart"
import { checkoutMessages } from "../messages"
import type { CheckoutAccount } from "../utils/checkout-draft"
import type { CheckoutCountry } from "./address-form"
import { CheckoutFlow } from "./checkout-flow"
import "../checkout.css"

export interface CheckoutRegion {
  id: string
  /** The countries this region ships to: the only ones the address may be in. */
  countries: readonly CheckoutCountry[]
}

interface CheckoutPageProps {
  cartId: string | null
  /** Undefined while the regions load. */
  region: CheckoutRegion | undefined
  locale: string
  /** The order exists: the page should forget the cart and show the confirmation. */
  onOrderPlaced: (orderId: string) => void
  /** The signed-in buyer, whose email and saved addresses checkout offers. */
  account?: CheckoutAccount
}

export function CheckoutPage({ cartId, region, locale, onOrderPlaced, account }: CheckoutPageProps) {
  const t = useMessages(checkoutMessages)
  const headingId = useId()
  const cart = useCheckoutCart(cartId)
  // Kept here, above the cart: once the order exists the cart is forgotten, and the
  // page must not flash "nothing to check out" while the confirmation loads.
  const [placedOrderId, setPlacedOrderId] = useState<string>()

  let content
  if (placedOrderId) {
    content = (
      <p className="state" role="status">
        {t("placedRedirect")}
      </p>
    )
  } else if (!cartId || cart.data === null || (cart.data && (cart.data.items ?? []).length === 0)) {
    content = (
      <EmptyState title={t("emptyTitle")} body={t("emptyBody")} to="/shop" action={t("browse")} />
    )
  } else if (cart.data && region) {
    content = (
      <CheckoutFlow
        cart={cart.data}
        region={region}
        locale={locale}
        account={account}
        onOrderPlaced={(orderId) => {
          setPlacedOrderId(orderId)
          onOrderPlaced(orderId)
        }}
      />
    )
  } else if (cart.isError) {
    content = <ErrorState title={t("loadError")} {...retryOf(cart)} />
  } else {
    content = (
      <SkeletonBlock label={t("loading")} className="checkout-skeleton" testId="checkout-skeleton">
        <SkeletonLines />
        <div className="skeleton checkout-skeleton__block" />
      </SkeletonBlock>
    )
  }

  return (
    <section className="checkout" aria-labelledby={headingId}>
      <div className="checkout__header">
        <h1 id={headingId}>{t("heading")}</h1>
        {!placedOrderId && <Link to="/cart">{t("backToCart")}</Link>}
      </div>
      {content}
    </section>
  )
}
