import { useMessages } from "@/lib/i18n"
import { usePortalOrders, type OrdersPayment, type PortalOrder } from "../api/get-orders"
import { orderMessages } from "../orders-messages"
import { formatDate } from "../utils/format"
import { meaningfulVariantTitle } from "../utils/variant-title"
import { PagedSection } from "./paged-list"

const PAGE_SIZE = 10
// Work still ahead of the cooperative: highlighted so it stands out in the list.
const TO_PREPARE = new Set(["not_fulfilled", "partially_fulfilled"])

/** Two lists: orders whose bank transfer has not arrived (not to be prepared yet), then the orders to prepare. */
export function OrdersPanel({ locale }: { locale: string }) {
  return (
    <>
      <OrdersList payment="awaiting" locale={locale} />
      <OrdersList payment="ready" locale={locale} />
    </>
  )
}

function OrdersList({ payment, locale }: { payment: OrdersPayment; locale: string }) {
  const t = useMessages(orderMessages)
  const orders = usePortalOrders(payment, PAGE_SIZE)
  const awaiting = payment === "awaiting"

  return (
    <PagedSection
      title={awaiting ? t("awaitingTitle") : t("title")}
      intro={awaiting ? t("awaitingIntro") : t("intro")}
      page={orders}
      items={(data) => data.orders}
      errorTitle={t("loadError")}
      empty={awaiting ? t("awaitingEmpty") : t("empty")}
    >
      {(order) => <OrderCard key={order.display_id} order={order} locale={locale} />}
    </PagedSection>
  )
}

function OrderCard({ order, locale }: { order: PortalOrder; locale: string }) {
  const t = useMessages(orderMessages)
  const known = (key: string) => (key in orderMessages.en ? t(key as keyof typeof orderMessages.en) : null)
  const status = known(`status_${order.status}`) ?? order.status
  const progress = known(`fulfillment_${order.fulfillment_status}`) ?? order.fulfillment_status
  const toPrepare = order.status !== "canceled" && !order.awaiting_payment && TO_PREPARE.has(order.fulfillment_status)
  return (
    <li className="panel coop-card">
      <div className="coop-order__head">
        <h3>{t("order", { n: order.display_id })}</h3>
        <span className={toPrepare ? "coop-badge coop-badge--warning" : "coop-badge"}>{order.status === "canceled" ? status : order.awaiting_payment ? t("awaitingBadge") : progress}</span>
      </div>
      <p className="coop-muted">
        {t("placed", { date: formatDate(order.created_at, locale) })}
        {order.status !== "canceled" && order.status !== "pending" && ` · ${status}`}
      </p>
      <ul className="coop-lines">
        {order.items.map((item) => (
          <li key={item.id}>
            <strong>{t("line", { quantity: item.quantity, title: item.title })}</strong>
            {meaningfulVariantTitle(item.variant_title, item.title) && ` — ${item.variant_title}`}
            {item.variant_sku && <span className="coop-muted"> ({t("sku", { sku: item.variant_sku })})</span>}
          </li>
        ))}
      </ul>
    </li>
  )
}
