/**
 * Stripe's Payment Element. This module is the only one that imports Stripe's
 * code, and the checkout loads it lazily once the buyer picks the card on the
 * payment step, so no other page (nor a bank-transfer checkout) carries it.
 */
import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
import { loadStripe, type Stripe, type StripeElementsOptions } from "@stripe/stripe-js"
import { useEffect, useState } from "react"
import { useLanguage, useMessages } from "@/lib/i18n"
import { checkoutMessages } from "../messages"
import type { CardConfirmation, CardConfirmer } from "../utils/card-confirmation"

// One Stripe.js per key and page load; a failed load is forgotten so a later mount tries again.
const stripes = new Map<string, Promise<Stripe | null>>()

function stripeFor(publishableKey: string): Promise<Stripe | null> {
  let stripe = stripes.get(publishableKey)
  if (!stripe) {
    stripe = loadStripe(publishableKey).catch(() => {
      stripes.delete(publishableKey)
      return null
    })
    stripes.set(publishableKey, stripe)
  }
  return stripe
}

// The shop's own colours and type, so the card fields look part of the page.
const appearance: StripeElementsOptions["appearance"] = {
  theme: "stripe",
  variables: { colorPrimary: "#22325c", colorText: "#1f1b16", borderRadius: "8px", fontFamily: "system-ui, sans-serif" },
}

/** A PaymentIntent whose money is taken or reserved: the order can be completed. */
const CONFIRMED = new Set(["succeeded", "processing", "requires_capture"])

interface CardPaymentProps {
  publishableKey: string
  /** The PaymentIntent's client secret; a new one needs a new Elements (Stripe fixes it at creation). */
  clientSecret: string
  /** Null while Stripe.js or the fields load, or when they failed to. */
  onConfirmer: (confirmer: CardConfirmer | null) => void
}

export default function CardPayment({ publishableKey, clientSecret, onConfirmer }: CardPaymentProps) {
  const t = useMessages(checkoutMessages)
  const { language } = useLanguage()
  const stripe = stripeFor(publishableKey)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    let current = true
    void stripe.then((loaded) => current && setFailed(!loaded))
    return () => {
      current = false
    }
  }, [stripe])

  if (failed) {
    return (
      <p role="alert" className="checkout-problem">
        {t("cardUnavailable")}
      </p>
    )
  }
  return (
    <Elements key={clientSecret} stripe={stripe} options={{ clientSecret, locale: language, appearance }}>
      <CardFields onConfirmer={onConfirmer} onLoadError={() => setFailed(true)} />
    </Elements>
  )
}

function CardFields({ onConfirmer, onLoadError }: { onConfirmer: CardPaymentProps["onConfirmer"]; onLoadError: () => void }) {
  const stripe = useStripe()
  const elements = useElements()
  const [fieldsReady, setFieldsReady] = useState(false)

  useEffect(() => {
    if (!stripe || !elements || !fieldsReady) return
    onConfirmer({
      confirm: async (returnUrl): Promise<CardConfirmation> => {
        // "if_required": cards finish here (3-D Secure in Stripe's own modal); bank redirects come back to returnUrl.
        const { error, paymentIntent } = await stripe.confirmPayment({ elements, redirect: "if_required", confirmParams: { return_url: returnUrl } })
        // The intent was confirmed already (an answer lost on the way) or cancelled: Medusa asks Stripe
        // which when the cart is completed, and answers with the order or with a refusal.
        if (error?.code === "payment_intent_unexpected_state") return { status: "confirmed" }
        if (error) return { status: "refused", message: error.message ?? "", type: error.type }
        if (CONFIRMED.has(paymentIntent.status)) return { status: "confirmed" }
        return { status: "refused", message: "", type: paymentIntent.status }
      },
    })
    return () => onConfirmer(null)
  }, [stripe, elements, fieldsReady, onConfirmer])

  return <PaymentElement options={{ layout: "tabs" }} onReady={() => setFieldsReady(true)} onLoadError={onLoadError} />
}
