import { Link } from "react-router-dom"
import { describeError } from "@/lib/describe-error"
import { formatPrice } from "@/lib/format-price"
import { useMessages } from "@/lib/i18n"
import { lineTotal } from "@/lib/order-totals"
import { isOutOfStockError } from "@/lib/store-errors"
import { useDeleteLineItem } from "../api/delete-line-item"
import type { CartItem } from "../api/get-cart"
import { useUpdateLineItem } from "../api/update-line-item"
import { cartMessages } from "../messages"

const THUMBNAIL_SIZE = 96

interface CartLineProps {
  cartId: string
  item: CartItem
  currency: string
  locale: string
  /** What the store can still sell of this variant; undefined when it does not count stock. */
  available: number | undefined
}

export function CartLine({ cartId, item, currency, locale, available }: CartLineProps) {
  const t = useMessages(cartMessages)
  const update = useUpdateLineItem(cartId)
  const remove = useDeleteLineItem(cartId)
  const busy = update.isPending || remove.isPending
  const title = item.product_title ?? item.title
  const variant = item.variant_title && item.variant_title !== title ? item.variant_title : undefined
  const money = (amount: string | number) => formatPrice(amount, currency, locale)
  const error = update.error ?? remove.error

  const setQuantity = (quantity: number) => {
    remove.reset()
    update.mutate({ itemId: item.id, quantity })
  }

  let stockNote: string | undefined
  if (available === 0) stockNote = t("soldOut")
  else if (available !== undefined && item.quantity > available) stockNote = t("onlyLeft", { n: available })

  return (
    <li className="cart-line" aria-busy={busy}>
      {item.thumbnail ? (
        <img className="cart-line__image" src={item.thumbnail} alt={title} width={THUMBNAIL_SIZE} height={THUMBNAIL_SIZE} loading="lazy" />
      ) : (
        <div className="cart-line__image" aria-hidden="true" />
      )}
      <div className="cart-line__body">
        <h3 className="cart-line__title">
          {item.product_handle ? <Link to={`/products/${encodeURIComponent(item.product_handle)}`}>{title}</Link> : title}
        </h3>
        {variant && <p className="cart-line__variant">{variant}</p>}
        <p className="cart-line__unit">{t("unitPrice", { price: money(item.unit_price) })}</p>
        {stockNote && <p className="cart-line__stock">{stockNote}</p>}

        <div className="cart-line__controls">
          <div className="quantity-stepper" role="group" aria-label={t("quantityOf", { title })}>
            <button
              type="button"
              className="quantity-stepper__button"
              aria-label={t("decrease", { title })}
              onClick={() => setQuantity(item.quantity - 1)}
              disabled={busy || item.quantity <= 1}
            >
              −
            </button>
            <span className="quantity-stepper__value" aria-live="polite">
              {item.quantity}
            </span>
            <button
              type="button"
              className="quantity-stepper__button"
              aria-label={t("increase", { title })}
              onClick={() => setQuantity(item.quantity + 1)}
              disabled={busy || (available !== undefined && item.quantity >= available)}
            >
              +
            </button>
          </div>
          <button
            type="button"
            className="link-button cart-line__remove"
            aria-label={t("removeLabel", { title })}
            onClick={() => {
              update.reset()
              remove.mutate(item.id)
            }}
            disabled={busy}
          >
            {t("remove")}
          </button>
          {busy && (
            <span className="cart-line__busy" role="status">
              {t("updating")}
            </span>
          )}
        </div>
        {error && (
          <div className="cart-line__error" role="alert">
            {isOutOfStockError(error) ? (
              <p>{t("stockGone", { title })}</p>
            ) : (
              <>
                <p>{t("changeFailed", { title })}</p>
                <p>{describeError(error)}</p>
              </>
            )}
          </div>
        )}
      </div>
      <p className="cart-line__total">
        <span className="visually-hidden">{t("lineTotal")}: </span>
        {money(lineTotal(item.unit_price, item.quantity, currency))}
      </p>
    </li>
  )
}
