import { lazy, Suspense, useId, type ReactNode } from "react"
import { ErrorState } from "@/components/error-state"
import { useMessages } from "@/lib/i18n"
import { retryOf } from "@/lib/retry-of"
import type { CardSession } from "../api/create-card-session"
import { checkoutMessages } from "../messages"
import type { CardConfirmer } from "../utils/card-confirmation"

// Stripe's code is its own chunk, fetched the first time the card form is shown.
// A chunk that cannot load (offline, blocked) leaves the bank transfer, not a broken page.
const CardPayment = lazy(() => import("./card-payment").catch(() => ({ default: CardUnavailable })))

export type PaymentMethod = "card" | "bank-transfer"

interface PaymentStepProps {
  headingId: string
  /** The region takes cards and the store has Stripe's key. */
  offersCard: boolean
  /** The store has bank details for the cart's currency. */
  offersTransfer: boolean
  currency: string
  /** Still asking whether it does. */
  checking: boolean
  /** Null when the cart's currency can be paid no way at all. */
  method: PaymentMethod | null
  onMethod: (method: PaymentMethod) => void
  /** A card payment went through: switching now would charge the buyer twice. */
  locked: boolean
  card: CardFormProps
}

export function PaymentStep({ headingId, checking, ...choices }: PaymentStepProps) {
  const t = useMessages(checkoutMessages)
  return (
    <section className="panel checkout-step" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("stepPayment")}</h2>
      {checking ? (
        <p role="status" className="checkout-muted">
          {t("paymentLoading")}
        </p>
      ) : (
        <PaymentChoices {...choices} />
      )}
    </section>
  )
}

function PaymentChoices({ offersCard, offersTransfer, currency, method, onMethod, locked, card }: Omit<PaymentStepProps, "headingId" | "checking">) {
  const t = useMessages(checkoutMessages)
  const name = useId()
  const reasonId = useId()
  const choice = (value: PaymentMethod, label: string, unavailable = false) => (
    <label className="checkout-choice">
      <input
        type="radio"
        name={name}
        value={value}
        checked={method === value}
        disabled={unavailable || (locked && method !== value)}
        aria-describedby={unavailable ? reasonId : undefined}
        onChange={() => onMethod(value)}
      />
      <span className="checkout-choice__name">{label}</span>
    </label>
  )
  // Said, not hidden: a buyer who came to pay by transfer learns why it is not there.
  const noTransfer = !offersTransfer && (
    <p id={reasonId} className={offersCard ? "checkout-muted" : "checkout-problem"} role={offersCard ? undefined : "alert"}>
      {offersCard ? t("bankTransferUnavailable", { currency: currency.toUpperCase() }) : t("noPaymentMethod", { currency: currency.toUpperCase() })}
    </p>
  )
  return (
    <>
      <fieldset className="checkout-choices">
        <legend className="visually-hidden">{t("paymentLegend")}</legend>
        {offersCard && choice("card", t("cardChoice"))}
        {choice("bank-transfer", t("bankTransfer"), !offersTransfer)}
      </fieldset>
      {noTransfer}
      {locked && <p className="checkout-muted">{t("cardMethodLocked")}</p>}
      {method === "card" && <CardForm {...card} />}
      {method === "bank-transfer" && <p className="checkout-muted">{t("bankTransferNote")}</p>}
    </>
  )
}

interface CardFormProps {
  /** Undefined until the address and delivery are chosen: the intent is for the final amount. */
  publishableKey: string | undefined
  session: { data: CardSession | undefined; isError: boolean; error: unknown; isFetching: boolean; refetch: () => unknown }
  waiting: boolean
  onConfirmer: (confirmer: CardConfirmer | null) => void
}

function CardForm({ publishableKey, session, waiting, onConfirmer }: CardFormProps) {
  const t = useMessages(checkoutMessages)
  const loading = (
    <p role="status" className="checkout-muted">
      {t("cardLoading")}
    </p>
  )
  let form: ReactNode
  if (waiting || !publishableKey) form = <p className="checkout-muted">{t("cardWaiting")}</p>
  else if (session.isError) {
    form = <ErrorState title={t("cardSessionError")} {...retryOf(session)} />
  } else if (!session.data) form = loading
  else {
    form = (
      <Suspense fallback={loading}>
        <CardPayment publishableKey={publishableKey} clientSecret={session.data.clientSecret} onConfirmer={onConfirmer} />
      </Suspense>
    )
  }
  return (
    <div className="checkout-card">
      {form}
      <p className="checkout-muted">{t("cardNote")}</p>
    </div>
  )
}

function CardUnavailable() {
  const t = useMessages(checkoutMessages)
  return (
    <p role="alert" className="checkout-problem">
      {t("cardUnavailable")}
    </p>
  )
}
