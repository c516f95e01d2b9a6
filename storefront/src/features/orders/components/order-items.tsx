import { formatPrice } from "@/lib/format-price"
import { useMessages } from "@/lib/i18n"
import { orderMessages } from "../messages"

export interface OrderItemView {
  key: string
  title: string
  variantTitle?: string | null
  thumbnail?: string | null
  quantity: number
  /** Major units, as Medusa sends it. */
  total: number | string
}

export function OrderItems({ items, currency, locale }: { items: readonly OrderItemView[]; currency: string; locale: string }) {
  const t = useMessages(orderMessages)
  return (
    <ul className="stack-list order-items">
      {items.map((item) => (
        <li key={item.key} className="order-item">
          {item.thumbnail ? (
            <img src={item.thumbnail} alt={item.title} width={64} height={64} loading="lazy" />
          ) : (
            <div className="order-item__image" aria-hidden="true" />
          )}
          <div>
            <p className="order-item__title">{item.title}</p>
            {item.variantTitle && item.variantTitle !== item.title && <p className="hint">{item.variantTitle}</p>}
            <p className="hint">{t("quantity", { n: item.quantity })}</p>
          </div>
          <p className="order-item__total">{formatPrice(item.total, currency, locale)}</p>
        </li>
      ))}
    </ul>
  )
}
