import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"

/**
 * Older than this, an order with neither its cart nor its payment collection
 * can no longer be a completion in progress: Medusa's cart lock lives 2
 * minutes (completeCartWorkflow's ttl, fixed in Medusa's code), and a
 * completion holds it from before the order is written until it is done.
 */
export const ORPHAN_AFTER_MS = 10 * 60_000
/** Orphans are found within minutes; a week's window keeps the read small. */
const WINDOW_MS = 7 * 86_400_000

type Candidate = { id: string; status: string; is_draft_order?: boolean | null; payment_collections?: unknown[] | null; cart?: { id: string } | null }

/**
 * Orders a crash left behind mid-completion. Medusa writes the order row
 * first, then links it to its cart and payment collection, reserves the
 * stock and authorises the payment; a process killed in between leaves an
 * order with no cart, no payment collection and perhaps a reservation, and
 * the buyer's retry makes a second, complete order. Staff-made orders (draft
 * orders) are never candidates: they carry order changes and the draft flag.
 */
export async function findOrphanOrders(container: MedusaContainer, { olderThanMs = ORPHAN_AFTER_MS } = {}): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = Date.now()
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "status", "is_draft_order", "payment_collections.id", "cart.id"],
    filters: { created_at: { $gte: new Date(now - WINDOW_MS), $lt: new Date(now - olderThanMs) }, status: { $ne: "canceled" } },
  })
  const bare = (data as Candidate[]).filter((o) => !o.is_draft_order && !(o.payment_collections ?? []).length && !o.cart).map((o) => o.id)
  if (!bare.length) return []
  const { data: changes } = await query.graph({ entity: "order_change", fields: ["order_id"], filters: { order_id: bare } })
  const changed = new Set((changes as { order_id: string }[]).map((c) => c.order_id))
  return bare.filter((id) => !changed.has(id))
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
