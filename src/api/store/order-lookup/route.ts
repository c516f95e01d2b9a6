import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { THROTTLES } from "../../../lib/attempt-window"
import { readOrderTransfers } from "../../../workflows/steps/order-transfers"
import { clientAddress, takeAttempt } from "../../throttle"
import { paymentSummary } from "../orders/payment-summary"
import type { StoreOrderLookupType } from "./validators"

// payment_status and fulfillment_status are not columns: Medusa's order-detail workflow works them out.
const ORDER_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "currency_code",
  "total",
  "items.title",
  "items.variant_title",
  "items.quantity",
  "items.thumbnail",
  "items.total",
]

/**
 * A guest finds their order with its number and the email it was placed
 * with. A wrong email and a wrong number get the same answer, so the route
 * reveals nothing about orders the caller cannot name both parts of.
 * The answer carries how it was paid, and never the order's id.
 */
export const POST = async (req: MedusaRequest<StoreOrderLookupType>, res: MedusaResponse) => {
  // Counted by the client's address as Express's trust proxy resolves it (TRUST_PROXY): a forged
  // X-Forwarded-For does not open a new window.
  if ((await takeAttempt(req, res, THROTTLES.orderLookup, [clientAddress(req)], "Too many lookups")) === null) return

  const { email, display_id } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "email"], filters: { display_id, is_draft_order: false } })
  const match = (data as { id: string; email?: string | null }[]).find((o) => o.email?.toLowerCase() === email.toLowerCase())
  if (!match) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No order matches that email and number")
  // The same workflow as Medusa's GET /store/orders/:id, so the statuses read as they do there.
  const { result } = await getOrderDetailWorkflow(req.scope).run({
    input: { order_id: match.id, fields: ORDER_FIELDS, filters: { is_draft_order: false } },
  })
  const [transfer] = await readOrderTransfers(req.scope, [match.id])
  res.json({ order: { ...pick(result), payment: await paymentSummary(req.scope, transfer!) } })
}

// No `id`: an order's id is the key to Medusa's own GET /store/orders/:id (the buyer's address and phone),
// which only the buyer's checkout hands out. The lookup answers with its number and what the page shows.
const SUMMARY_KEYS = ["display_id", "created_at", "status", "payment_status", "fulfillment_status", "currency_code", "total", "items"]

/** The workflow also reads payment collections and fulfillments for the statuses; the buyer gets the summary only. */
function pick(order: object) {
  return Object.fromEntries(SUMMARY_KEYS.map((key) => [key, (order as Record<string, unknown>)[key]]))
}
