/**
 * What a buyer may see of a payment once it is made: who took it, how much,
 * in what currency, and when. Medusa's storefronts (the DTC starter's order
 * confirmation) show exactly this. Everything else a payment row holds stays
 * with staff: the processor's `data` (for a card, Stripe's PaymentIntent with
 * its client secret), captures, refunds and the session it came from.
 */
export const BUYER_PAYMENT_FIELDS = ["id", "provider_id", "amount", "currency_code", "created_at", "captured_at"] as const

export type BuyerPayment = { [K in (typeof BUYER_PAYMENT_FIELDS)[number]]?: unknown }

/** Sessions exist to hand the browser what it needs to pay; once paid, nothing of them is the buyer's business. */
const SESSION_KEYS = new Set(["payment_sessions", "payment_session"])

/**
 * A copy of an API answer in which every `payments` list, at any depth (an
 * order's collections, an order's cart), carries only the buyer's fields and
 * no payment session appears at all. Everything else is kept as it was.
 * Working on the answer rather than on `fields` means no spelling of the
 * query (`*payments`, `payments.data`, `cart.payment_collection...`) gets
 * more through.
 */
export function narrowPayments<T>(value: T): T {
  return walk(value) as T
}

function walk(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(walk)
  if (!value || typeof value !== "object" || value instanceof Date) return value
  const copy: Record<string, unknown> = {}
  for (const [key, item] of Object.entries(value)) {
    if (SESSION_KEYS.has(key)) continue
    copy[key] = key === "payments" && Array.isArray(item) ? item.map(buyerPayment) : walk(item)
  }
  return copy
}

function buyerPayment(payment: unknown): BuyerPayment | unknown {
  if (!payment || typeof payment !== "object") return payment
  const source = payment as Record<string, unknown>
  const narrowed: BuyerPayment = {}
  for (const field of BUYER_PAYMENT_FIELDS) if (field in source) narrowed[field] = source[field]
  return narrowed
}

/** Whether an answer holds any payment or session, at any depth: only such an answer has anything to narrow. */
export function carriesPayments(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(carriesPayments)
  if (!value || typeof value !== "object" || value instanceof Date) return false
  return Object.entries(value).some(([key, item]) => SESSION_KEYS.has(key) || key === "payments" || carriesPayments(item))
}
