import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { ORPHAN_METADATA_KEY } from "../lib/orphan-orders"

/**
 * Older than this, an order with neither its cart nor its payment collection
 * can no longer be a completion in progress: Medusa's cart lock lives 2
 * minutes (completeCartWorkflow's ttl, fixed in Medusa's code), and a
 * completion holds it from before the order is written until it is done.
 */
export const ORPHAN_AFTER_MS = 10 * 60_000
/** Orphans are found within minutes; a week's window keeps the read small. */
const WINDOW_MS = 7 * 86_400_000

/** How far a checkout's cart and its crashed order can lie apart in time. */
const CART_MATCH_MS = 15 * 60_000

type Line = { variant_id?: string | null; quantity: unknown }
type Candidate = {
  id: string
  email?: string | null
  currency_code: string
  sales_channel_id?: string | null
  created_at: string | Date
  is_draft_order?: boolean | null
  payment_collections?: unknown[] | null
  cart?: { id: string } | null
}
type CartRow = { id: string; email?: string | null; currency_code: string; sales_channel_id?: string | null; created_at: string | Date; completed_at?: string | Date | null; items?: Line[] | null }

/** A basket's fingerprint: each variant with its quantity, in a fixed order. */
const basket = (lines: Line[] | null | undefined) =>
  (lines ?? [])
    .map((l) => `${l.variant_id ?? "-"}x${Number(l.quantity)}`)
    .sort()
    .join(",")

/**
 * Orders a crash left behind mid-completion. Medusa writes the order row
 * first, then links it to its cart and payment collection, reserves the
 * stock and authorises the payment; a process killed in between leaves an
 * order with no cart, no payment collection and perhaps a reservation, and
 * the buyer's retry makes a second, complete order. Bare orders alone prove
 * nothing: an order staff made (a converted draft order, an order created by a
 * script) has no cart or payment collection either. So an orphan must also
 * match a buyer's checkout: a cart with the same email, currency, sales
 * channel and basket, begun before the order and completed (by the retry) or
 * still open within minutes of it. Anything else is left for staff.
 */
export async function findOrphanOrders(container: MedusaContainer, { olderThanMs = ORPHAN_AFTER_MS } = {}): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = Date.now()
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "email", "currency_code", "sales_channel_id", "created_at", "is_draft_order", "payment_collections.id", "cart.id"],
    filters: { created_at: { $gte: new Date(now - WINDOW_MS), $lt: new Date(now - olderThanMs) }, status: { $ne: "canceled" } },
  })
  const bare = (data as Candidate[]).filter((o) => !o.is_draft_order && !(o.payment_collections ?? []).length && !o.cart && o.email)
  if (!bare.length) return []
  const { data: changes } = await query.graph({ entity: "order_change", fields: ["order_id"], filters: { order_id: bare.map((o) => o.id) } })
  const changed = new Set((changes as { order_id: string }[]).map((c) => c.order_id))
  const unchanged = bare.filter((o) => !changed.has(o.id))
  if (!unchanged.length) return []
  // Lines through the order module: query.graph leaves an order line's quantity out unless totals are asked for.
  const withLines = await container
    .resolve(Modules.ORDER)
    .listOrders({ id: unchanged.map((o) => o.id) }, { select: ["id"], relations: ["items"] })
  const linesOf = new Map(withLines.map((o) => [o.id, (o.items ?? []) as unknown as Line[]]))
  const { data: carts } = await query.graph({
    entity: "cart",
    fields: ["id", "email", "currency_code", "sales_channel_id", "created_at", "completed_at", "items.variant_id", "items.quantity"],
    filters: { email: [...new Set(unchanged.map((o) => o.email!))] },
  })
  return unchanged
    .filter((order) => {
      const placed = new Date(order.created_at).getTime()
      return (carts as CartRow[]).some(
        (cart) =>
          cart.email === order.email &&
          cart.currency_code === order.currency_code &&
          (cart.sales_channel_id ?? null) === (order.sales_channel_id ?? null) &&
          new Date(cart.created_at).getTime() <= placed &&
          (!cart.completed_at || Math.abs(new Date(cart.completed_at).getTime() - placed) <= CART_MATCH_MS) &&
          basket(cart.items) === basket(linesOf.get(order.id))
      )
    })
    .map((o) => o.id)
}

/**
 * Cancels every orphan through Medusa's own cancel workflow: its reservation
 * (if the crash came after it) is released, so the stock is right; the
 * ledger never booked it (no payment collection), so the books stay right;
 * no email goes out (the buyer never saw this order; they have the real one).
 */
export default async function cancelOrphanOrdersJob(container: MedusaContainer, options: { olderThanMs?: number } = {}) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const orphans = await findOrphanOrders(container, options)
  const canceled: string[] = []
  for (const order_id of orphans) {
    try {
      await container.resolve(Modules.ORDER).updateOrders(order_id, { metadata: { [ORPHAN_METADATA_KEY]: true } })
      await cancelOrderWorkflow(container).run({ input: { order_id, canceled_by: "system:orphan-orders" } })
      canceled.push(order_id)
    } catch (error) {
      logger.error(`Could not cancel orphan order ${order_id}: ${(error as Error).message}`)
    }
  }
  if (canceled.length) logger.warn(`Cancelled ${canceled.length} order(s) left without cart and payment by a crash mid-completion: ${canceled.join(", ")}`)
  return { found: orphans.length, canceled }
}

export const config = { name: "cancel-orphan-orders", schedule: "*/5 * * * *" }
