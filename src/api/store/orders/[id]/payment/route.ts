import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

type PaymentRow = { provider_id: string; captured_at: string | Date | null; created_at: string | Date }
type OrderRow = { id: string; payment_collections?: { payments?: PaymentRow[] | null }[] | null }

/**
 * How an order was paid, for its confirmation and lookup pages: the latest
 * payment's provider (card or bank transfer) and whether the money was taken.
 * Only that: Medusa's own order route would hand out each payment's `data`,
 * which for a card is Stripe's PaymentIntent with its client secret, so the
 * store's order routes refuse to serve payments (see store/middlewares.ts).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "payment_collections.payments.provider_id", "payment_collections.payments.captured_at", "payment_collections.payments.created_at"],
    filters: { id: req.params.id, is_draft_order: false },
  })
  const order = data[0] as OrderRow | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  const latest = (order.payment_collections ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .at(-1)
  res.json({ payment: { provider_id: latest?.provider_id ?? null, captured: Boolean(latest?.captured_at) } })
}
