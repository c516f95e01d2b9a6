import { useId, useRef, useState } from "react"
import { Link } from "react-router-dom"
import { ErrorState } from "@/components/error-state"
import { describeError } from "@/lib/describe-error"
import { useMessages } from "@/lib/i18n"
import { isOutOfStockError } from "@/lib/store-errors"
import type { CheckoutCart } from "../api/get-checkout-cart"
import { useShippingOptions } from "../api/get-shipping-options"
import { PaymentFailedError, usePlaceOrder } from "../api/place-order"
import { useUpdateCheckoutCart } from "../api/update-checkout-cart"
import { useCheckoutRegion } from "../hooks/use-checkout-region"
import { checkoutMessages } from "../messages"
import { clearDraft, draftFromCart, loadDraft, saveDraft, type CheckoutDraft, type DraftField } from "../utils/checkout-draft"
import type { DraftProblems } from "../utils/validate-draft"
import { AddressForm } from "./address-form"
import { AddressSummary } from "./address-summary"
import type { CheckoutRegion } from "./checkout-page"
import { OrderReview } from "./order-review"
import { ShippingOptions } from "./shipping-options"

interface CheckoutFlowProps {
  cart: CheckoutCart
  region: CheckoutRegion
  locale: string
  onOrderPlaced: (orderId: string) => void
}

/** Address, delivery, payment and review on one page, each step opening as the one before is done. */
export function CheckoutFlow({ cart, region, locale, onOrderPlaced }: CheckoutFlowProps) {
  const t = useMessages(checkoutMessages)
  const ids = { details: useId(), shipping: useId(), payment: useId(), review: useId() }
  const codes = region.countries.map((country) => country.iso_2)
  const [storedDraft, setDraft] = useState<CheckoutDraft>(() => loadDraft() ?? draftFromCart(cart))
  // A region with one country needs no choice; a country of another region is no choice at all.
  const draft = codes.length === 1 && codes[0] && !codes.includes(storedDraft.country_code) ? { ...storedDraft, country_code: codes[0] } : storedDraft
  const [problems, setProblems] = useState<DraftProblems>({})
  const [editing, setEditing] = useState(false)
  const saveAddress = useUpdateCheckoutCart(cart.id)
  const regionSync = useCheckoutRegion(cart, region.id)
  const place = usePlaceOrder(cart.id)
  // A second click in the same instant, before the button re-renders disabled, must not place a second order.
  const placing = useRef(false)

  const address = cart.shipping_address
  const addressSaved = Boolean(cart.email && address?.address_1 && address.country_code && codes.includes(address.country_code))
  const showForm = editing || !addressSaved
  const options = useShippingOptions(
    !showForm && address?.country_code && !regionSync.moving ? { cartId: cart.id, regionId: region.id, countryCode: address.country_code } : undefined
  )
  const chosenOptionId = cart.shipping_methods?.[0]?.shipping_option_id
  const shippingChosen = Boolean(chosenOptionId && options.data?.some((option) => option.id === chosenOptionId))
  const ready = !showForm && shippingChosen && !regionSync.moving && !saveAddress.isPending

  const change = (field: DraftField, value: string) => {
    const next = { ...draft, [field]: value }
    setDraft(next)
    saveDraft(next)
    // The message goes as soon as the buyer starts fixing the field; the next Continue checks again.
    if (problems[field]) {
      setProblems((current) => {
        const { [field]: _fixed, ...rest } = current
        return rest
      })
    }
  }

  const save = (valid: CheckoutDraft) => {
    const trimmed = (field: DraftField) => valid[field].trim() || null
    const shippingAddress = {
      first_name: trimmed("first_name"),
      last_name: trimmed("last_name"),
      address_1: trimmed("address_1"),
      address_2: trimmed("address_2"),
      city: trimmed("city"),
      province: trimmed("province"),
      postal_code: trimmed("postal_code"),
      country_code: valid.country_code,
      phone: trimmed("phone"),
    }
    saveAddress.mutate(
      { email: valid.email.trim(), shipping_address: shippingAddress, billing_address: shippingAddress },
      { onSuccess: () => setEditing(false) }
    )
  }

  const submitOrder = () => {
    if (placing.current || !ready) return
    placing.current = true
    place.mutate(undefined, {
      onSuccess: (order) => {
        clearDraft()
        onOrderPlaced(order.id)
      },
      onSettled: () => {
        placing.current = false
      },
    })
  }

  return (
    <div className="checkout__layout">
      {regionSync.error !== undefined && (
        <ErrorState title={t("regionError")} error={regionSync.error} onRetry={regionSync.retry} retrying={regionSync.retrying} />
      )}
      {regionSync.moving && regionSync.error === undefined && (
        <p role="status" className="checkout-muted">
          {t("regionMoving")}
        </p>
      )}

      <section className="checkout-step" aria-labelledby={ids.details}>
        <div className="checkout-step__header">
          <h2 id={ids.details}>{t("stepDetails")}</h2>
          {!showForm && (
            <button type="button" className="link-button" aria-label={t("changeAddress")} onClick={() => setEditing(true)}>
              {t("change")}
            </button>
          )}
        </div>
        {showForm ? (
          <AddressForm
            draft={draft}
            countries={region.countries}
            onChange={change}
            onSave={save}
            problems={problems}
            onProblems={setProblems}
            saving={saveAddress.isPending}
            saveError={saveAddress.error ?? undefined}
          />
        ) : (
          <AddressSummary cart={cart} countries={region.countries} />
        )}
      </section>

      <section className="checkout-step" aria-labelledby={ids.shipping}>
        <h2 id={ids.shipping}>{t("stepShipping")}</h2>
        <ShippingOptions cart={cart} options={options} locale={locale} />
      </section>

      <section className="checkout-step" aria-labelledby={ids.payment}>
        <h2 id={ids.payment}>{t("stepPayment")}</h2>
        <fieldset className="checkout-choices">
          <legend className="visually-hidden">{t("paymentLegend")}</legend>
          <label className="checkout-choice">
            <input type="radio" name={`${ids.payment}-method`} value="bank-transfer" checked readOnly />
            <span className="checkout-choice__name">{t("bankTransfer")}</span>
          </label>
        </fieldset>
        <p className="checkout-muted">{t("bankTransferNote")}</p>
      </section>

      <section className="checkout-step checkout-step--review" aria-labelledby={ids.review}>
        <h2 id={ids.review}>{t("stepReview")}</h2>
        <OrderReview cart={cart} locale={locale} busy={saveAddress.isPending || regionSync.moving} />
        {place.isError && <PlaceOrderProblem error={place.error} />}
        {!ready && !place.isPending && <p className="checkout-muted">{t("notReady")}</p>}
        <button type="button" className="button checkout__place" onClick={submitOrder} disabled={!ready || place.isPending} aria-busy={place.isPending}>
          {place.isPending ? t("placing") : t("placeOrder")}
        </button>
      </section>
    </div>
  )
}

function PlaceOrderProblem({ error }: { error: unknown }) {
  const t = useMessages(checkoutMessages)
  if (isOutOfStockError(error)) {
    return (
      <div role="alert" className="checkout-problem">
        <p>{t("stockGone")}</p>
        <p>
          <Link to="/cart">{t("backToCart")}</Link>
        </p>
      </div>
    )
  }
  return (
    <div role="alert" className="checkout-problem">
      <p>{error instanceof PaymentFailedError ? t("paymentFailed") : t("placeFailed")}</p>
      <p>{describeError(error)}</p>
    </div>
  )
}
