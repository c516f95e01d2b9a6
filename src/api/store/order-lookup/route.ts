import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICacheService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { getOrderDetailWorkflow } from "@medusajs/medusa/core-flows"
import { nextAttempt, type AttemptState } from "../../../lib/attempt-window"
import { readOrderTransfers } from "../../../workflows/steps/order-transfers"
import { paymentSummary } from "../orders/payment-summary"
import type { StoreOrderLookupType } from "./validators"

/** Ten tries per address per quarter hour: plenty for a buyer, too few to guess order numbers. */
const LIMIT = 10
const WINDOW_MS = 15 * 60_000

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
 */
export const POST = async (req: MedusaRequest<StoreOrderLookupType>, res: MedusaResponse) => {
  const cache: ICacheService = req.scope.resolve(Modules.CACHE)
  const key = `order-lookup:${req.ip ?? "unknown"}`
  const decision = nextAttempt(await cache.get<AttemptState>(key), Date.now(), LIMIT, WINDOW_MS)
  await cache.set(key, decision.state, Math.ceil(WINDOW_MS / 1000))
  if (!decision.allowed) {
    res.setHeader("Retry-After", String(decision.retry_after))
    res.status(429).json({ type: "too_many_requests", message: `Too many lookups; try again in ${Math.ceil(decision.retry_after / 60)} minutes.`, retry_after: decision.retry_after })
    return
  }

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

const SUMMARY_KEYS = ["id", "display_id", "created_at", "status", "payment_status", "fulfillment_status", "currency_code", "total", "items"]

/** The workflow also reads payment collections and fulfillments for the statuses; the buyer gets the summary only. */
function pick(order: object) {
  return Object.fromEntries(SUMMARY_KEYS.map((key) => [key, (order as Record<string, unknown>)[key]]))
}
