/** Where Medusa's answers carry a payment processor's data: sessions and payments, at any depth. */
const CARRIERS = new Set(["payment_sessions", "payments", "payment_session"])

/**
 * A copy of an API answer without the `data` of any payment session or
 * payment in it, however deep (a cart's collection, an order's collections,
 * an order's cart): for a card that data is Stripe's PaymentIntent, client
 * secret included. Everything else is kept as it was.
 */
export function redactPaymentData<T>(value: T): T {
  return walk(value, false) as T
}

function walk(value: unknown, carried: boolean): unknown {
  if (Array.isArray(value)) return value.map((item) => walk(item, carried))
  if (!value || typeof value !== "object" || value instanceof Date) return value
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    if (carried && key === "data") continue
    copy[key] = walk(item, CARRIERS.has(key))
  }
  return copy
}
