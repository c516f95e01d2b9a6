import { useId } from "react"
import { Link } from "react-router-dom"
import { ErrorState } from "@/components/error-state"
import { formatPrice } from "@/lib/format-price"
import { useMessages } from "@/lib/i18n"
import { retryOf } from "@/lib/retry-of"
import type { Customer, CustomerAddress } from "../api/get-customer"
import { useCustomerOrders } from "../api/get-customer-orders"
import { useSignOut } from "../api/sign-out"
import { accountMessages } from "../messages"
import "../account.css"

interface AccountPageProps {
  customer: Customer
  locale: string
  /** After Medusa forgot the sign-in: e.g. forget the account's cart on this computer. */
  onSignedOut: () => void
}

/** A returning buyer's page: their orders, newest first, and the addresses checkout offers them. */
export function AccountPage({ customer, locale, onSignedOut }: AccountPageProps) {
  const t = useMessages(accountMessages)
  const headingId = useId()
  const signOut = useSignOut()
  const name = [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email
  return (
    <section className="account" aria-labelledby={headingId}>
      <div className="account__header">
        <h1 id={headingId}>{t("hello", { name })}</h1>
        <button type="button" className="button" disabled={signOut.isPending} onClick={() => signOut.mutate(undefined, { onSuccess: onSignedOut })}>
          {signOut.isPending ? t("signingOut") : t("signOut")}
        </button>
      </div>
      <OrderHistory locale={locale} />
      <SavedAddresses addresses={customer.addresses ?? []} />
    </section>
  )
}

function OrderHistory({ locale }: { locale: string }) {
  const t = useMessages(accountMessages)
  const headingId = useId()
  const orders = useCustomerOrders(true)
  let content
  if (orders.isPending) content = <p role="status">{t("ordersLoading")}</p>
  else if (orders.isError) content = <ErrorState title={t("ordersError")} {...retryOf(orders)} />
  else if (orders.data.length === 0) content = <p>{t("noOrders")}</p>
  else {
    content = (
      <ul className="account-orders">
        {orders.data.map((order) => {
          const count = (order.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
          return (
            <li key={order.id} className="account-card">
              <p className="account-card__title">
                <Link to={`/order/confirmed/${encodeURIComponent(order.id)}`} aria-label={t("viewOrder", { number: order.display_id })}>
                  {t("orderLine", { number: order.display_id })}
                </Link>
              </p>
              <p className="account-muted">
                {t("placedOn", { date: new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(new Date(order.created_at)) })} ·{" "}
                {count === 1 ? t("oneItem") : t("items", { count })} · {formatPrice(order.total, order.currency_code, locale)}
              </p>
            </li>
          )
        })}
      </ul>
    )
  }
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t("ordersTitle")}</h2>
      {content}
    </section>
  )
}

export function addressLines(address: CustomerAddress): string[] {
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const place = [address.postal_code, address.city, address.province].filter(Boolean).join(" ")
  return [name, address.address_1, address.address_2, place, address.country_code?.toUpperCase()].filter((line): line is string => Boolean(line))
}

function SavedAddresses({ addresses }: { addresses: CustomerAddress[] }) {
  const t = useMessages(accountMessages)
  const headingId = useId()
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t("addressesTitle")}</h2>
      <p className="account-muted">{t("addressesIntro")}</p>
      {addresses.length === 0 ? (
        <p>{t("noAddresses")}</p>
      ) : (
        <ul className="account-addresses">
          {addresses.map((address) => (
            <li key={address.id} className="account-card">
              {address.is_default_shipping && <p className="account-badge">{t("defaultAddress")}</p>}
              <address>
                {addressLines(address).map((line, index) => (
                  <span key={index} className="account-line">
                    {line}
                  </span>
                ))}
              </address>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
