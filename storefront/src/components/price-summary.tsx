import { formatPrice } from "@/lib/format-price"
import { defineMessages, useMessages } from "@/lib/i18n"
import type { TotalsSummary } from "@/lib/order-totals"
import "./price-summary.css"

// Shared by the cart, the checkout and the order confirmation, so the words live with the table.
const messages = defineMessages({
  en: {
    caption: "Order total",
    items: "Items",
    discount: "Discount",
    shipping: "Shipping",
    shippingLater: "Calculated at checkout",
    tax: "Tax",
    taxIncluded: "Includes {amount} tax",
    total: "Total",
  },
  es: {
    caption: "Total del pedido",
    items: "Artículos",
    discount: "Descuento",
    shipping: "Envío",
    shippingLater: "Se calcula al pagar",
    tax: "Impuestos",
    taxIncluded: "Incluye {amount} de impuestos",
    total: "Total",
  },
})

interface PriceSummaryProps {
  summary: TotalsSummary
  currency: string
  locale: string
  /** Dims the figures while a change to the cart is being priced. */
  busy?: boolean
}

export function PriceSummary({ summary, currency, locale, busy = false }: PriceSummaryProps) {
  const t = useMessages(messages)
  const money = (amount: string) => formatPrice(amount, currency, locale)
  return (
    <table className="price-summary" aria-busy={busy}>
      <caption className="visually-hidden">{t("caption")}</caption>
      <tbody>
        <tr>
          <th scope="row">{t("items")}</th>
          <td>{money(summary.items)}</td>
        </tr>
        {summary.discount && (
          <tr className="price-summary__discount">
            <th scope="row">{t("discount")}</th>
            <td>−{money(summary.discount)}</td>
          </tr>
        )}
        <tr>
          <th scope="row">{t("shipping")}</th>
          <td>{summary.shipping === null ? t("shippingLater") : money(summary.shipping)}</td>
        </tr>
        {!summary.taxInclusive && (
          <tr>
            <th scope="row">{t("tax")}</th>
            <td>{money(summary.tax)}</td>
          </tr>
        )}
      </tbody>
      <tfoot>
        <tr className="price-summary__total">
          <th scope="row">{t("total")}</th>
          <td>{money(summary.total)}</td>
        </tr>
        {summary.taxInclusive && (
          <tr className="price-summary__note">
            <td colSpan={2}>{t("taxIncluded", { amount: money(summary.tax) })}</td>
          </tr>
        )}
      </tfoot>
    </table>
  )
}
