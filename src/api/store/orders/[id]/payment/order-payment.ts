import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type PaymentRow = { provider_id: string; captured_at: string | Date | null; created_at: string | Date }
type OrderRow = { id: string; payment_collections?: { payments?: PaymentRow[] | null }[] | null }

export type OrderPaymentSummary = { provider_id: string | null; captured: boolean }

/**
 * How an order was paid: the latest payment's provider (card or bank
 * transfer) and whether the money was taken. Only that: a payment's `data`
 * (for a card, Stripe's PaymentIntent with its client secret) never leaves.
 * Null when there is no such order.
 */
export async function orderPayment(scope: MedusaContainer, orderId: string): Promise<OrderPaymentSummary | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at", "payment_collections.payments.created_at"],
    filters: { id: orderId, is_draft_order: false },
  })
  const order = data[0] as OrderRow | undefined
  if (!order) return null
  const latest = (order.payment_collections ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .at(-1)
  return { provider_id: latest?.provider_id ?? null, captured: Boolean(latest?.captured_at) }
}
