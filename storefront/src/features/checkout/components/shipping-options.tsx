import { useId } from "react"
import { ErrorState } from "@/components/error-state"
import { SkeletonBlock } from "@/components/skeleton"
import { describeError } from "@/lib/describe-error"
import { formatPrice } from "@/lib/format-price"
import { useMessages } from "@/lib/i18n"
import { retryOf } from "@/lib/retry-of"
import { useAddShippingMethod } from "../api/add-shipping-method"
import type { CheckoutCart } from "../api/get-checkout-cart"
import { shippingPrice, type useShippingOptions } from "../api/get-shipping-options"
import { checkoutMessages } from "../messages"

interface ShippingOptionsProps {
  cart: CheckoutCart
  /** Disabled until the cart has a delivery address: the options depend on it. */
  options: ReturnType<typeof useShippingOptions>
  locale: string
  /** A card payment is under way or went through for this amount: a new delivery price would orphan it. */
  locked?: boolean
}

export function ShippingOptions({ cart, options, locale, locked = false }: ShippingOptionsProps) {
  const t = useMessages(checkoutMessages)
  const name = useId()
  const choose = useAddShippingMethod(cart.id)
  const chosenId = choose.isPending ? choose.variables : cart.shipping_methods?.[0]?.shipping_option_id

  if (options.fetchStatus === "idle" && options.isPending) return <p>{t("shippingWaiting")}</p>
  if (options.isPending) {
    return (
      <SkeletonBlock label={t("shippingLoading")} className="checkout-choices">
        <div className="skeleton checkout-choice checkout-choice--skeleton" />
        <div className="skeleton checkout-choice checkout-choice--skeleton" />
      </SkeletonBlock>
    )
  }
  if (options.isError) {
    return <ErrorState title={t("shippingError")} {...retryOf(options)} />
  }
  if (options.data.length === 0) return <p className="checkout-problem">{t("shippingNone")}</p>

  return (
    <>
      <fieldset className="checkout-choices" disabled={choose.isPending || locked}>
        <legend className="visually-hidden">{t("shippingLegend")}</legend>
        {options.data.map((option) => {
          const price = shippingPrice(option)
          return (
            <label key={option.id} className="checkout-choice">
              <input
                type="radio"
                name={name}
                value={option.id}
                checked={chosenId === option.id}
                disabled={option.insufficient_inventory}
                onChange={() => choose.mutate(option.id)}
              />
              <span className="checkout-choice__name">
                {option.name}
                {option.insufficient_inventory && <span className="checkout-muted"> {t("shippingUnavailable")}</span>}
              </span>
              {price !== undefined && <span className="checkout-choice__price">{formatPrice(price, cart.currency_code, locale)}</span>}
            </label>
          )
        })}
      </fieldset>
      <div role="status" className="checkout-muted">
        {choose.isPending ? t("shippingSaving") : ""}
      </div>
      {choose.isError && (
        <div role="alert" className="checkout-problem">
          <p>{t("shippingFailed")}</p>
          <p>{describeError(choose.error)}</p>
        </div>
      )}
    </>
  )
}
