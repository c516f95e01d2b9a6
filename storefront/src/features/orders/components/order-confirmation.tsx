import { useId } from "react"
import { ErrorState } from "@/components/error-state"
import { SkeletonBlock, SkeletonLines } from "@/components/skeleton"
import { EmptyState } from "@/components/empty-state"
import { PriceSummary } from "@/components/price-summary"
import { useMessages } from "@/lib/i18n"
import { lineTotal, summarizeTotals } from "@/lib/order-totals"
import { retryOf } from "@/lib/retry-of"
import { useOrder } from "../api/get-order"
import { useOrderPayment } from "../api/get-order-payment"
import { orderMessages } from "../messages"
import { OrderItems } from "./order-items"
import { RevenueSplit } from "./revenue-split"
import { TransferInstructions } from "./transfer-instructions"
import "../orders.css"

interface OrderConfirmationProps {
  orderId: string
  locale: string
  /** How often to ask again while the ledger records the split. */
  pollIntervalMs?: number
}

export function OrderConfirmation({ orderId, locale, pollIntervalMs = 2000 }: OrderConfirmationProps) {
  const t = useMessages(orderMessages)
  const headingId = useId()
  const itemsId = useId()
  const order = useOrder(orderId)
  const payment = useOrderPayment(orderId)

  if (order.isPending) {
    return (
      <SkeletonBlock label={t("loading")} className="order-skeleton" testId="order-skeleton">
        <SkeletonLines />
        <div className="skeleton order-skeleton__block" />
      </SkeletonBlock>
    )
  }
  if (order.isError) {
    return <ErrorState title={t("loadError")} {...retryOf(order)} />
  }
  if (!order.data) {
    return (
      <EmptyState heading title={t("notFoundTitle")} body={t("notFoundBody")} to="/order" action={t("findOrder")} />
    )
  }

  const data = order.data
  const currency = data.currency_code
  const number = `#${data.display_id}`
  const items = (data.items ?? []).map((item) => ({
    key: item.id,
    title: item.product_title ?? item.title,
    variantTitle: item.variant_title,
    thumbnail: item.thumbnail,
    quantity: item.quantity,
    total: lineTotal(item.unit_price, item.quantity, currency),
  }))

  return (
    <article className="order" aria-labelledby={headingId}>
      <header className="order__header">
        <h1 id={headingId}>{t("thanks")}</h1>
        <p className="order__number">
          {t("orderNumber")}: <strong>{number}</strong>
        </p>
        {data.created_at && (
          <p className="hint">{t("placedOn", { date: new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date(data.created_at)) })}</p>
        )}
      </header>

      <section className="panel order-panel order-payment">
        {/* Every order before cards was a bank transfer: an order with no payment to read says so too. */}
        {payment.data?.paidWith === "card" ? (
          <>
            <h2>{t("paymentCardTitle")}</h2>
            <p>{data.payment_status === "captured" ? t("paymentCardCaptured") : t("paymentCardAuthorized")}</p>
          </>
        ) : (
          <>
            <h2>{t("paymentTitle")}</h2>
            {payment.data?.captured ? <p>{t("paymentReceived")}</p> : <p>{t("paymentBody", { number })}</p>}
            {payment.data?.transfer && <TransferInstructions transfer={payment.data.transfer} locale={locale} />}
          </>
        )}
      </section>

      <div className="order__columns">
        <section className="panel order-panel" aria-labelledby={itemsId}>
          <h2 id={itemsId}>{t("itemsTitle")}</h2>
          <OrderItems items={items} currency={currency} locale={locale} />
          <PriceSummary summary={summarizeTotals({ ...data, items: data.items ?? [] })} currency={currency} locale={locale} />
        </section>
        <RevenueSplit orderId={data.id} locale={locale} pollIntervalMs={pollIntervalMs} paidWith={payment.data?.paidWith} />
      </div>
    </article>
  )
}
