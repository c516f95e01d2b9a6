import { CartPriceSummary } from "@/components/price-summary"
import { formatPrice } from "@/lib/format-price"
import { useMessages } from "@/lib/i18n"
import { lineTotal } from "@/lib/order-totals"
import type { CheckoutCart } from "../api/get-checkout-cart"
import { checkoutMessages } from "../messages"

interface OrderReviewProps {
  cart: CheckoutCart
  locale: string
  busy: boolean
}

/** What the buyer is about to pay for, priced as the store has it now. */
export function OrderReview({ cart, locale, busy }: OrderReviewProps) {
  const t = useMessages(checkoutMessages)
  const items = cart.items ?? []
  const count = items.reduce((sum, item) => sum + item.quantity, 0)
  return (
    <div className="checkout-review">
      <p className="checkout-muted">{count === 1 ? t("itemsOne") : t("items", { n: count })}</p>
      <ul className="checkout-review__items">
        {items.map((item) => {
          const title = item.product_title ?? item.title
          const variant = item.variant_title && item.variant_title !== title ? item.variant_title : undefined
          return (
            <li key={item.id} className="checkout-review__item">
              {item.thumbnail ? (
                <img src={item.thumbnail} alt={title} width={56} height={56} loading="lazy" />
              ) : (
                <div className="checkout-review__image" aria-hidden="true" />
              )}
              <div>
                <p>
                  {t("quantityTimes", { n: item.quantity })} {title}
                </p>
                {variant && <p className="checkout-muted">{variant}</p>}
              </div>
              <p className="checkout-review__total">{formatPrice(lineTotal(item.unit_price, item.quantity, cart.currency_code), cart.currency_code, locale)}</p>
            </li>
          )
        })}
      </ul>
      <CartPriceSummary cart={cart} locale={locale} busy={busy} stage="checkout" />
    </div>
  )
}
