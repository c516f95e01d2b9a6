import { formatPrice } from "@/lib/format-price"
import { defineMessages, useMessages } from "@/lib/i18n"
import { summarizeTotals, taxWorkedOut, type AddressForTax, type TotalsSource, type TotalsSummary } from "@/lib/order-totals"
import "./price-summary.css"

// Shared by the cart, the checkout and the order confirmation, so the words live with the table.
const messages = defineMessages({
  en: {
    caption: "Order total",
    items: "Items",
    discount: "Discount",
    shipping: "Shipping",
    atCheckout: "Calculated at checkout",
    shippingNotChosen: "Choose a delivery option",
    taxFromAddress: "Worked out from your address",
    tax: "Tax",
    taxIncluded: "Includes {amount} tax",
    taxIncludedPlain: "Tax included",
    total: "Total",
  },
  es: {
    caption: "Total del pedido",
    items: "Artículos",
    discount: "Descuento",
    shipping: "Envío",
    atCheckout: "Se calcula al pagar",
    shippingNotChosen: "Elija una opción de entrega",
    taxFromAddress: "Según su dirección",
    tax: "Impuestos",
    taxIncluded: "Incluye {amount} de impuestos",
    taxIncludedPlain: "Impuestos incluidos",
    total: "Total",
  },
})

interface PriceSummaryProps {
  summary: TotalsSummary
  currency: string
  locale: string
  /** Dims the figures while a change to the cart is being priced. */
  busy?: boolean
  /** No delivery country yet: Medusa has worked out no tax, so its zero must not be shown as a figure. */
  taxPending?: boolean
  /** At checkout the open figures wait on the buyer's choices there, not on a later page. */
  stage?: "cart" | "checkout"
}

export function PriceSummary({ summary, currency, locale, busy = false, taxPending = false, stage = "cart" }: PriceSummaryProps) {
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
          <td>{summary.shipping !== null ? money(summary.shipping) : stage === "cart" ? t("atCheckout") : t("shippingNotChosen")}</td>
        </tr>
        {!summary.taxInclusive && (
          <tr>
            <th scope="row">{t("tax")}</th>
            <td>{!taxPending ? money(summary.tax) : stage === "cart" ? t("atCheckout") : t("taxFromAddress")}</td>
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
            <td colSpan={2}>{taxPending ? t("taxIncludedPlain") : t("taxIncluded", { amount: money(summary.tax) })}</td>
          </tr>
        )}
      </tfoot>
    </table>
  )
}

interface CartPriceSummaryProps {
  cart: TotalsSource & { shipping_address?: AddressForTax }
  locale: string
  busy: boolean
  stage?: "cart" | "checkout"
}

/** A cart's totals, before the order is placed: its tax is a figure only once its address lets Medusa work it out. */
export function CartPriceSummary({ cart, locale, busy, stage }: CartPriceSummaryProps) {
  return (
    <PriceSummary
      summary={summarizeTotals(cart)}
      currency={cart.currency_code}
      locale={locale}
      busy={busy}
      taxPending={!taxWorkedOut(cart.shipping_address)}
      stage={stage}
    />
  )
}
