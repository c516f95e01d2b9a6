import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ICacheService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { nextAttempt, type AttemptState } from "../../../lib/attempt-window"
import type { StoreOrderLookupType } from "./validators"

/** Ten tries per address per quarter hour: plenty for a buyer, too few to guess order numbers. */
const LIMIT = 10
const WINDOW_MS = 15 * 60_000

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "created_at",
  "status",
  "fulfillment_status",
  "payment_status",
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
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { display_id } })
  const order = (data as { email?: string | null }[]).find((o) => o.email?.toLowerCase() === email.toLowerCase())
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, "No order matches that email and number")
  const { email: _email, ...summary } = order
  res.json({ order: summary })
}
