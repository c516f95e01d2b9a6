import { useEffect, useId, useRef, type ReactNode } from "react"
import { Link, useSearchParams } from "react-router-dom"
import { ErrorState } from "@/components/error-state"
import { useMessages } from "@/lib/i18n"
import { useCompleteCardOrder } from "../api/complete-card-order"
import { OrderPlacedElsewhereError, PaymentFailedError } from "../api/complete-cart"
import { checkoutMessages } from "../messages"
import { clearDraft } from "../utils/checkout-draft"
import "../checkout.css"

interface CheckoutReturnProps {
  cartId: string | null
  onOrderPlaced: (orderId: string) => void
}

/**
 * Where Stripe sends the buyer back after a payment that left the page (a
 * bank's 3-D Secure page, a redirect-based method). Stripe adds
 * payment_intent and redirect_status to the URL; Medusa then decides, by
 * asking Stripe, whether the cart becomes an order.
 */
export function CheckoutReturn({ cartId, onOrderPlaced }: CheckoutReturnProps) {
  const headingId = useId()
  const t = useMessages(checkoutMessages)
  const [params] = useSearchParams()
  const refused = params.get("redirect_status") === "failed"
  const hasIntent = Boolean(params.get("payment_intent"))
  if (!cartId || !hasIntent) return <Frame headingId={headingId} message={t("returnNoCart")} link={{ to: "/order", label: t("findOrder") }} />
  if (refused) return <Frame headingId={headingId} message={t("returnFailed")} link={{ to: "/checkout", label: t("returnToCheckout") }} />
  return <Completing headingId={headingId} cartId={cartId} onOrderPlaced={onOrderPlaced} />
}

function Completing({ headingId, cartId, onOrderPlaced }: { headingId: string; cartId: string; onOrderPlaced: (orderId: string) => void }) {
  const t = useMessages(checkoutMessages)
  const complete = useCompleteCardOrder(cartId)
  const { mutate } = complete
  // Once per visit, also under StrictMode's second effect run: the cart becomes one order.
  const started = useRef(false)
  const placed = (order: { id: string }) => {
    clearDraft()
    onOrderPlaced(order.id)
  }
  useEffect(() => {
    if (started.current) return
    started.current = true
    mutate(undefined, { onSuccess: placed })
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per visit, with the callback of that moment
  }, [mutate])

  if (complete.error instanceof PaymentFailedError) {
    return <Frame headingId={headingId} message={t("returnFailed")} link={{ to: "/checkout", label: t("returnToCheckout") }} />
  }
  if (complete.error instanceof OrderPlacedElsewhereError) {
    return <Frame headingId={headingId} message={t("placedElsewhere")} link={{ to: "/order", label: t("findOrder") }} />
  }
  if (complete.isError) {
    // Stripe took the payment; going back to checkout would start a new one. Only completing is tried again.
    return (
      <Frame headingId={headingId}>
        <ErrorState title={t("returnPaidRetry")} error={complete.error} onRetry={() => mutate(undefined, { onSuccess: placed })} retrying={complete.isPending} />
      </Frame>
    )
  }
  return (
    <Frame headingId={headingId}>
      <p role="status">{complete.isSuccess ? t("placedRedirect") : t("returnFinishing")}</p>
    </Frame>
  )
}

function Frame({ headingId, message, link, children }: { headingId: string; message?: string; link?: { to: string; label: string }; children?: ReactNode }) {
  const t = useMessages(checkoutMessages)
  return (
    <section className="checkout" aria-labelledby={headingId}>
      <div className="checkout__header">
        <h1 id={headingId}>{t("returnHeading")}</h1>
      </div>
      {children}
      {message && (
        <div role="alert" className="checkout-problem">
          <p>{message}</p>
          {link && (
            <p>
              <Link to={link.to}>{link.label}</Link>
            </p>
          )}
        </div>
      )}
    </section>
  )
}
