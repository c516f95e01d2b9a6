import { useId } from "react"
import { Link } from "react-router-dom"
import { ErrorState } from "@/components/error-state"
import { EmptyState } from "@/components/empty-state"
import { CartPriceSummary } from "@/components/price-summary"
import { useMessages } from "@/lib/i18n"
import { retryOf } from "@/lib/retry-of"
import { useCart, type Cart } from "../api/get-cart"
import { useCartProducts } from "../api/get-cart-products"
import { useCartId } from "../hooks/use-cart-id"
import { useCartSync } from "../hooks/use-cart-sync"
import { cartMessages } from "../messages"
import { availableQuantity, groupByCooperative } from "../utils/group-by-cooperative"
import { CartGroup } from "./cart-group"
import { CartLine } from "./cart-line"
import { CartSkeleton } from "./cart-skeleton"
import { PromotionForm } from "./promotion-form"
import "../cart.css"

interface CartPageProps {
  /** The region the buyer picked; the cart follows it. Undefined while regions load. */
  regionId: string | undefined
  locale: string
}

export function CartPage({ regionId, locale }: CartPageProps) {
  const t = useMessages(cartMessages)
  const headingId = useId()
  const cartId = useCartId()
  const cart = useCart(cartId)
  const cartSync = useCartSync(cart.data, regionId)

  let content
  if (cartId && cart.isPending) {
    content = <CartSkeleton />
  } else if (cart.data && (cart.data.items ?? []).length > 0) {
    // A failed background refresh keeps the cart on screen; only a first load that failed shows the error.
    content = <CartContents cart={cart.data} locale={locale} repricing={cartSync.syncing} />
  } else if (cart.isError && cart.data === undefined) {
    content = <ErrorState title={t("loadError")} {...retryOf(cart)} />
  } else {
    content = (
      <EmptyState title={t("emptyTitle")} body={t("emptyBody")} to="/shop" action={t("browse")} />
    )
  }

  return (
    <section className="cart" aria-labelledby={headingId}>
      <h1 id={headingId} className="cart__heading">
        {t("heading")}
      </h1>
      {cartSync.error !== undefined && (
        <ErrorState title={t("syncError")} error={cartSync.error} onRetry={cartSync.retry} retrying={cartSync.syncing} />
      )}
      {content}
    </section>
  )
}

// Medusa lists lines in no promised order; by creation they stay put while quantities change.
function byCreation(items: NonNullable<Cart["items"]>) {
  return [...items].sort((a, b) => String(a.created_at ?? "").localeCompare(String(b.created_at ?? "")) || a.id.localeCompare(b.id))
}

function CartContents({ cart, locale, repricing }: { cart: Cart; locale: string; repricing: boolean }) {
  const t = useMessages(cartMessages)
  const summaryId = useId()
  const items = byCreation(cart.items ?? [])
  const products = useCartProducts(items.flatMap((item) => (item.product_id ? [item.product_id] : [])))
  if (products.isPending && items.some((item) => item.product_id)) return <CartSkeleton lines={items.length} />

  const known = products.data ?? []
  const groups = groupByCooperative(items, known)
  const short = items.some((item) => {
    const available = availableQuantity(known, item.variant_id)
    return available !== undefined && item.quantity > available
  })

  return (
    <div className="cart__layout">
      <div className="cart__groups">
        {products.isError && (
          <ErrorState title={t("makersError")} {...retryOf(products)} />
        )}
        {groups.map((group) => (
          <CartGroup key={group.cooperative?.id ?? "other"} cooperative={group.cooperative}>
            {group.items.map((item) => (
              <CartLine
                key={item.id}
                cartId={cart.id}
                item={item}
                currency={cart.currency_code}
                locale={locale}
                available={availableQuantity(known, item.variant_id)}
              />
            ))}
          </CartGroup>
        ))}
      </div>
      <aside className="panel cart__summary" aria-labelledby={summaryId}>
        <h2 id={summaryId}>{t("summary")}</h2>
        <PromotionForm cart={cart} />
        <CartPriceSummary cart={cart} locale={locale} busy={repricing} />
        {short && (
          <p className="cart__warning" role="alert">
            {t("stockBlocksCheckout")}
          </p>
        )}
        <Link className="button cart__checkout" to="/checkout">
          {t("checkout")}
        </Link>
        <Link to="/shop">{t("continueShopping")}</Link>
      </aside>
    </div>
  )
}
