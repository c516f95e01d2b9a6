import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { cancelOrderWorkflow } from "@medusajs/medusa/core-flows"
import { pages, STABLE_ORDER } from "../lib/pages"
import { finishInterruptedOrderWorkflow, type ReservationInput } from "../workflows/finish-interrupted-order"

/**
 * Medusa's completeCartWorkflow holds a lock on the cart id (waited for 30 s,
 * expiring after 2 minutes: both fixed in Medusa's code) from before it
 * writes the order until it is done. A process killed mid-completion keeps
 * that lock until it expires (Redis locking) or until the process restarts
 * (in-memory locking). Older than the lock's life plus its wait, an order's
 * completion cannot be running any more; the job still takes the cart's lock
 * itself before touching it, so a completion that is somehow alive wins.
 */
export const CART_LOCK_TTL_MS = 120_000
export const INTERRUPTED_AFTER_MS = CART_LOCK_TTL_MS + 60_000
/** Recovery runs every few minutes and at start-up; a day covers any outage staff would not notice. */
const WINDOW_MS = 86_400_000
/** Payment session states a completion leaves once it authorised (or handed a deferred payment to its provider). */
const SETTLED = new Set(["authorized", "captured", "pending_authorization"])

type Session = { id: string; status: string }
type Row = {
  id: string
  status: string
  is_draft_order?: boolean | null
  sales_channel_id?: string | null
  payment_collections?: { id: string }[] | null
  cart?: {
    id: string
    completed_at?: string | Date | null
    payment_collection?: { id: string; payments?: { id: string }[] | null; payment_sessions?: Session[] | null } | null
  } | null
}
const ORDER_FIELDS = [
  "id",
  "status",
  "is_draft_order",
  "sales_channel_id",
  "payment_collections.id",
  "cart.id",
  "cart.completed_at",
  "cart.payment_collection.id",
  "cart.payment_collection.payments.id",
  "cart.payment_collection.payment_sessions.id",
  "cart.payment_collection.payment_sessions.status",
]

/**
 * An order from a completion that died after the order and its cart link were
 * written but before the payment was authorised (the last thing Medusa does):
 * a retry of that cart only answers with this order, so nothing else would
 * ever reserve its stock or take its payment. (A crash before the cart link
 * leaves a bare order: cancel-orphan-orders.ts handles those.)
 */
export function isInterrupted(o: Row): boolean {
  const collection = o.cart?.payment_collection
  if (!o.cart || o.status === "canceled" || o.is_draft_order || !collection) return false
  if ((collection.payments ?? []).length) return false
  return !(collection.payment_sessions ?? []).some((s) => SETTLED.has(s.status))
}

export async function findInterruptedOrders(container: MedusaContainer, { olderThanMs = INTERRUPTED_AFTER_MS } = {}): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const now = Date.now()
  const filters = { created_at: { $gte: new Date(now - WINDOW_MS), $lt: new Date(now - olderThanMs) } }
  const found: string[] = []
  for await (const rows of pages(async (skip, take) => {
    const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters, pagination: { skip, take, order: STABLE_ORDER } })
    return data as Row[]
  })) {
    found.push(...rows.filter(isInterrupted).map((o) => o.id))
  }
  return found
}

type Level = { location_id: string; stocked_quantity: unknown; reserved_quantity: unknown }
type Variant = {
  id: string
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_items?: { inventory_item_id: string; required_quantity: unknown; inventory?: { location_levels?: Level[] | null } | null }[] | null
}

/** The reservations the completion would have made for lines that have none, at a location of the order's sales channel that has the stock. */
async function missingReservations(container: MedusaContainer, orderId: string, salesChannelId: string | null | undefined): Promise<ReservationInput[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // Lines through the order module: query.graph leaves a line's quantity out unless totals are asked for.
  const [order] = await container.resolve(Modules.ORDER).listOrders({ id: orderId }, { select: ["id"], relations: ["items"] })
  const lines = ((order?.items ?? []) as { id: string; variant_id?: string | null; quantity: unknown }[]).filter((l) => l.variant_id)
  if (!lines.length) return []
  const reserved = await container.resolve(Modules.INVENTORY).listReservationItems({ line_item_id: lines.map((l) => l.id) }, { select: ["line_item_id"] })
  const has = new Set(reserved.map((r) => r.line_item_id))
  const open = lines.filter((l) => !has.has(l.id))
  if (!open.length) return []
  const { data: variants } = await query.graph({
    entity: "variant",
    fields: ["id", "manage_inventory", "allow_backorder", "inventory_items.inventory_item_id", "inventory_items.required_quantity", "inventory_items.inventory.location_levels.*"],
    filters: { id: open.map((l) => l.variant_id!) },
  })
  const { data: channels } = salesChannelId
    ? await query.graph({ entity: "sales_channel", fields: ["stock_locations.id"], filters: { id: salesChannelId } })
    : { data: [] }
  const channelLocations = new Set(((channels[0] as { stock_locations?: { id: string }[] } | undefined)?.stock_locations ?? []).map((l) => l.id))
  const byId = new Map((variants as Variant[]).map((v) => [v.id, v]))
  return open.flatMap((line) => {
    const variant = byId.get(line.variant_id!)
    if (!variant?.manage_inventory) return []
    return (variant.inventory_items ?? []).map((link) => {
      const needed = Number(link.required_quantity) * Number(line.quantity)
      const levels = (link.inventory?.location_levels ?? []).filter((l) => channelLocations.has(l.location_id))
      const available = (l: Level) => Number(l.stocked_quantity) - Number(l.reserved_quantity)
      // Where the stock is, as Medusa picks; if no location has enough, the reservation fails and the order is cancelled.
      const location = levels.find((l) => available(l) >= needed) ?? levels[0]
      return {
        id: line.id,
        inventory_item_id: link.inventory_item_id,
        required_quantity: Number(link.required_quantity),
        allow_backorder: Boolean(variant.allow_backorder),
        quantity: Number(line.quantity),
        location_ids: location ? [location.location_id] : [],
      }
    })
  })
}

type Outcome = "finished" | "canceled" | "skipped"

/** Under the cart's lock: reads the order again, finishes it, and cancels it if it cannot be finished (stock gone, payment refused). */
async function recoverOne(container: MedusaContainer, orderId: string): Promise<Outcome> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id: orderId } })
  const order = data[0] as Row | undefined
  if (!order || !isInterrupted(order)) return "skipped"
  const cart = order.cart!
  const collection = cart.payment_collection!
  const session = (collection.payment_sessions ?? []).find((s) => s.status !== "canceled") ?? (collection.payment_sessions ?? [])[0]
  try {
    if (!session) throw new Error("the cart has no payment session")
    const linked = (order.payment_collections ?? []).some((c) => c.id === collection.id)
    await finishInterruptedOrderWorkflow(container).run({
      input: {
        order_id: order.id,
        cart_id: cart.id,
        links: linked ? [] : [{ [Modules.ORDER]: { order_id: order.id }, [Modules.PAYMENT]: { payment_collection_id: collection.id } }],
        reservations: await missingReservations(container, order.id, order.sales_channel_id),
        payment_session_id: session.id,
        complete_cart: !cart.completed_at,
      },
    })
    return "finished"
  } catch (error) {
    container.resolve(ContainerRegistrationKeys.LOGGER).warn(`Order ${order.id} (interrupted completion) could not be finished, cancelling it: ${(error as Error).message}`)
    // Medusa's cancel releases whatever the crash reserved and cancels the payment collection; the buyer is told by email.
    await cancelOrderWorkflow(container).run({ input: { order_id: order.id, canceled_by: "system:interrupted-orders" } })
    return "canceled"
  }
}

/**
 * Finds orders whose completion a crash cut off after the cart link and
 * brings each to a consistent state through Medusa's workflows: finished
 * (links, reservations, payment authorised, order.placed sent, so the ledger
 * books it) or cancelled (stock released, payment cancelled, nothing booked).
 */
export default async function recoverInterruptedOrdersJob(container: MedusaContainer, options: { olderThanMs?: number } = {}) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const locking = container.resolve(Modules.LOCKING)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const result = { finished: [] as string[], canceled: [] as string[], skipped: [] as string[] }
  for (const orderId of await findInterruptedOrders(container, options)) {
    try {
      const { data } = await query.graph({ entity: "order", fields: ["cart.id"], filters: { id: orderId } })
      const cartId = (data[0] as Row).cart!.id
      // The completion's own lock key (the cart id): a completion still holding it is left alone until the next run.
      const outcome = await locking.execute(cartId, () => recoverOne(container, orderId), { timeout: 5 })
      result[outcome].push(orderId)
    } catch (error) {
      result.skipped.push(orderId)
      logger.error(`Could not recover interrupted order ${orderId}: ${(error as Error).message}`)
    }
  }
  if (result.finished.length || result.canceled.length) {
    logger.warn(`Interrupted completions: finished ${result.finished.join(", ") || "none"}; cancelled ${result.canceled.join(", ") || "none"}`)
  }
  return result
}

export const config = { name: "recover-interrupted-orders", schedule: "*/2 * * * *" }
