import { useCallback, useId, useRef, useState } from "react"
import { Link } from "react-router-dom"
import { ErrorState } from "@/components/error-state"
import { provinceCode } from "@/lib/address-rules"
import { describeError } from "@/lib/describe-error"
import { useMessages } from "@/lib/i18n"
import { CARD_PROVIDER } from "@/lib/payment-providers"
import { isOutOfStockError } from "@/lib/store-errors"
import { OrderPlacedElsewhereError, PaymentFailedError } from "../api/complete-cart"
import { useCardSession } from "../api/create-card-session"
import type { CheckoutCart } from "../api/get-checkout-cart"
import { usePaymentProviders } from "../api/get-payment-providers"
import { useShippingOptions } from "../api/get-shipping-options"
import { useStripeKey } from "../api/get-stripe-key"
import { useTransferCurrencies } from "../api/get-transfer-currencies"
import { usePlaceOrder } from "../api/place-order"
import { useUpdateCheckoutCart } from "../api/update-checkout-cart"
import { useCheckoutRegion } from "../hooks/use-checkout-region"
import { CardRefusedError, usePayByCard } from "../hooks/use-pay-by-card"
import { checkoutMessages } from "../messages"
import type { CardConfirmer } from "../utils/card-confirmation"
import {
  clearDraft,
  draftFromCart,
  draftFromSaved,
  loadDraft,
  saveDraft,
  savedAddressesFor,
  type CheckoutAccount,
  type CheckoutDraft,
  type DraftField,
  type SavedAddress,
} from "../utils/checkout-draft"
import type { DraftProblems } from "../utils/validate-draft"
import { AddressForm } from "./address-form"
import { AddressSummary } from "./address-summary"
import type { CheckoutRegion } from "./checkout-page"
import { OrderReview } from "./order-review"
import { PaymentStep, type PaymentMethod } from "./payment-step"
import { SavedAddresses } from "./saved-addresses"
import { ShippingOptions } from "./shipping-options"

interface CheckoutFlowProps {
  cart: CheckoutCart
  region: CheckoutRegion
  locale: string
  onOrderPlaced: (orderId: string) => void
  /** The signed-in buyer: their email and saved addresses are offered; a guest has none. */
  account?: CheckoutAccount
}

/** Address, delivery, payment and review on one page, each step opening as the one before is done. */
export function CheckoutFlow({ cart, region, locale, onOrderPlaced, account }: CheckoutFlowProps) {
  const t = useMessages(checkoutMessages)
  const ids = { details: useId(), shipping: useId(), payment: useId(), review: useId() }
  const codes = region.countries.map((country) => country.iso_2)
  const saved = savedAddressesFor(account, codes)
  // A returning buyer starts from their default address; what they typed this visit, or an address the cart has, wins.
  const [storedDraft, setDraft] = useState<CheckoutDraft>(() => {
    const typed = loadDraft()
    if (typed) return typed
    const fromCart = draftFromCart(cart)
    return !fromCart.address_1 && saved[0] && account ? draftFromSaved(saved[0], fromCart.email || account.email) : fromCart
  })
  // A region with one country needs no choice; a country of another region is no choice at all, and
  // its state and postal code (a US ZIP under the United Kingdom) go with it.
  const draft = codes.includes(storedDraft.country_code) ? storedDraft : followRegion(storedDraft, codes)
  const [problems, setProblems] = useState<DraftProblems>({})
  const [editing, setEditing] = useState(false)
  const saveAddress = useUpdateCheckoutCart(cart.id)
  const regionSync = useCheckoutRegion(cart, region.id)
  const place = usePlaceOrder(cart.id)
  const payByCard = usePayByCard(cart.id)
  // A second click in the same instant, before the button re-renders disabled, must not place a second order.
  const placing = useRef(false)

  // Cards when the region takes them and the store has Stripe's key; card first. The bank transfer
  // when the store has bank details for the cart's currency (the store refuses it otherwise).
  const providers = usePaymentProviders(region.id)
  const stripeKey = useStripeKey()
  const transferCurrencies = useTransferCurrencies()
  const offersCard = Boolean(stripeKey.data && providers.data?.includes(CARD_PROVIDER))
  // If the list cannot be read, the transfer stays offered: the store still refuses it, with its reason, where it must.
  const offersTransfer = transferCurrencies.data ? transferCurrencies.data.includes(cart.currency_code) : true
  const [picked, setPicked] = useState<PaymentMethod>()
  const method: PaymentMethod | null =
    payByCard.paid || (offersCard && (picked !== "bank-transfer" || !offersTransfer)) ? "card" : offersTransfer ? "bank-transfer" : null
  const cardConfirmer = useRef<CardConfirmer | null>(null)
  const [cardReady, setCardReady] = useState(false)
  const onConfirmer = useCallback((confirmer: CardConfirmer | null) => {
    cardConfirmer.current = confirmer
    setCardReady(confirmer !== null)
  }, [])

  const address = cart.shipping_address
  const addressSaved = Boolean(cart.email && address?.address_1 && address.country_code && codes.includes(address.country_code))
  const showForm = editing || !addressSaved
  const options = useShippingOptions(
    !showForm && address?.country_code && !regionSync.moving ? { cartId: cart.id, regionId: region.id, countryCode: address.country_code } : undefined
  )
  const chosenOptionId = cart.shipping_methods?.[0]?.shipping_option_id
  const shippingChosen = Boolean(chosenOptionId && options.data?.some((option) => option.id === chosenOptionId))
  const ready = !showForm && shippingChosen && !regionSync.moving && !saveAddress.isPending
  // The intent is made for the final amount: after the address and the delivery, as late as the form allows.
  const cardWaiting = showForm || !shippingChosen || regionSync.moving
  const cardSession = useCardSession(method === "card" && !cardWaiting ? { id: cart.id, total: cart.total, currency_code: cart.currency_code } : undefined)
  const checkingPayment = providers.isPending || stripeKey.isPending || transferCurrencies.isPending
  const canPay = !checkingPayment && (method === "bank-transfer" || (method === "card" && cardReady && cardSession.data !== undefined))
  const pending = place.isPending || payByCard.isPending
  // Once the card is being or has been charged, the amount must not change under it.
  const cardCommitted = payByCard.paid || payByCard.isPending

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

  const pick = (address: SavedAddress) => {
    const next = draftFromSaved(address, draft.email || account?.email || "")
    setDraft(next)
    saveDraft(next)
    setProblems({})
  }

  const save = (valid: CheckoutDraft) => {
    const trimmed = (field: DraftField) => valid[field].trim() || null
    const shippingAddress = {
      first_name: trimmed("first_name"),
      last_name: trimmed("last_name"),
      address_1: trimmed("address_1"),
      address_2: trimmed("address_2"),
      city: trimmed("city"),
      // "california" is sent as "CA": the code Medusa's tax rules and the carrier's label use.
      province: provinceCode(valid.country_code, valid.province) ?? null,
      postal_code: valid.postal_code.trim().toUpperCase() || null,
      country_code: valid.country_code,
      phone: trimmed("phone"),
    }
    saveAddress.mutate(
      { email: valid.email.trim(), shipping_address: shippingAddress, billing_address: shippingAddress },
      { onSuccess: () => setEditing(false) }
    )
  }

  const submitOrder = () => {
    if (placing.current || !ready || !canPay) return
    placing.current = true
    const callbacks = {
      onSuccess: (order: { id: string }) => {
        clearDraft()
        onOrderPlaced(order.id)
      },
      onSettled: () => {
        placing.current = false
      },
    }
    if (method === "bank-transfer") {
      place.mutate(undefined, callbacks)
    } else if (cardConfirmer.current && cardSession.data) {
      payByCard.mutate({ confirmer: cardConfirmer.current, clientSecret: cardSession.data.clientSecret }, callbacks)
    } else {
      placing.current = false
    }
  }
  const attempt = method === "card" ? payByCard : place

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

      <section className="panel checkout-step" aria-labelledby={ids.details}>
        <div className="checkout-step__header">
          <h2 id={ids.details}>{t("stepDetails")}</h2>
          {!showForm && !cardCommitted && (
            <button type="button" className="link-button" aria-label={t("changeAddress")} onClick={() => setEditing(true)}>
              {t("change")}
            </button>
          )}
        </div>
        {showForm && <SavedAddresses addresses={saved} onPick={pick} />}
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

      <section className="panel checkout-step" aria-labelledby={ids.shipping}>
        <h2 id={ids.shipping}>{t("stepShipping")}</h2>
        <ShippingOptions cart={cart} options={options} locale={locale} locked={cardCommitted} />
      </section>

      <PaymentStep
        headingId={ids.payment}
        offersCard={offersCard}
        offersTransfer={offersTransfer}
        currency={cart.currency_code}
        checking={checkingPayment}
        method={method}
        onMethod={setPicked}
        locked={payByCard.paid}
        card={{ publishableKey: stripeKey.data ?? undefined, session: cardSession, waiting: cardWaiting, onConfirmer }}
      />

      <section className="panel checkout-step checkout-step--review" aria-labelledby={ids.review}>
        <h2 id={ids.review}>{t("stepReview")}</h2>
        <OrderReview cart={cart} locale={locale} busy={saveAddress.isPending || regionSync.moving} />
        {attempt.isError && <PlaceOrderProblem error={attempt.error} paid={method === "card" && payByCard.paid} />}
        {!ready && !pending && <p className="checkout-muted">{t("notReady")}</p>}
        <button type="button" className="button checkout__place" onClick={submitOrder} disabled={!ready || !canPay || pending} aria-busy={pending}>
          {pending ? t("placing") : t("placeOrder")}
        </button>
      </section>
    </div>
  )
}

function followRegion(draft: CheckoutDraft, codes: string[]): CheckoutDraft {
  const country_code = codes.length === 1 && codes[0] ? codes[0] : ""
  if (!draft.country_code) return { ...draft, country_code }
  return { ...draft, country_code, province: "", postal_code: "" }
}

/** A problem the buyer cannot fix here, with the page where they can. */
function ProblemWithWayOut({ problem, to, wayOut }: { problem: string; to: string; wayOut: string }) {
  return (
    <div role="alert" className="checkout-problem">
      <p>{problem}</p>
      <p>
        <Link to={to}>{wayOut}</Link>
      </p>
    </div>
  )
}

function PlaceOrderProblem({ error, paid }: { error: unknown; paid: boolean }) {
  const t = useMessages(checkoutMessages)
  if (isOutOfStockError(error) && !paid) {
    return <ProblemWithWayOut problem={t("stockGone")} to="/cart" wayOut={t("backToCart")} />
  }
  if (error instanceof OrderPlacedElsewhereError) {
    return <ProblemWithWayOut problem={t("placedElsewhere")} to="/order" wayOut={t("findOrder")} />
  }
  if (error instanceof CardRefusedError) {
    // Stripe's own sentence says why (in the buyer's language); the framing says what to do next.
    const framing = error.stripeType === "card_error" ? t("cardRefused") : error.stripeType === "validation_error" ? t("cardCheck") : t("cardFailed")
    return (
      <div role="alert" className="checkout-problem">
        <p>{framing}</p>
        {error.message && <p>{error.message}</p>}
        <p>{t("cardRetry")}</p>
      </div>
    )
  }
  return (
    <div role="alert" className="checkout-problem">
      <p>{paid ? t("cardPaidRetry") : error instanceof PaymentFailedError ? t("paymentFailed") : t("placeFailed")}</p>
      <p>{describeError(error)}</p>
    </div>
  )
}
