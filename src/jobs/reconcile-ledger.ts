import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAGE_SIZE, pages, STABLE_ORDER } from "../lib/pages"
import { reconcileOrderBooksWorkflow } from "../workflows/reconcile-order-books"

/**
 * How far back the repair looks. Without Redis the event bus keeps undelivered
 * events in memory, so a restart loses them; a month covers any outage staff
 * would not otherwise notice, and the ledger check covers the rest.
 */
const LOOKBACK_DAYS = 30

type Row = Record<string, unknown>
const ids = (rows: Row[], pick: (row: Row) => unknown) => rows.map(pick).filter((id): id is string => typeof id === "string" && id.length > 0)

/**
 * Every order something happened to in the window: placed or updated,
 * paid, refunded, items received back, edited, exchanged or claimed.
 * Each is recomputed from scratch, so an order whose books disagree with
 * Medusa for any reason is found, not only one that has no rows.
 */
export async function ordersTouchedSince(container: MedusaContainer, since: Date): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const after = { $gte: since }
  const [created, updated, captured, refunded, returned, changed] = await Promise.all([
    query.graph({ entity: "order", fields: ["id"], filters: { created_at: after } }),
    query.graph({ entity: "order", fields: ["id"], filters: { updated_at: after } }),
    query.graph({ entity: "capture", fields: ["payment.payment_collection.order.id"], filters: { created_at: after } }),
    query.graph({ entity: "refund", fields: ["payment.payment_collection.order.id"], filters: { created_at: after } }),
    query.graph({ entity: "return", fields: ["order_id"], filters: { received_at: after } }),
    query.graph({ entity: "order_change", fields: ["order_id"], filters: { confirmed_at: after } }),
  ])
  const orderOfPayment = (r: Row) => (r as { payment?: { payment_collection?: { order?: { id?: string } } } }).payment?.payment_collection?.order?.id
  return [
    ...new Set([
      ...ids(created.data, (o) => o.id),
      ...ids(updated.data, (o) => o.id),
      ...ids(captured.data, orderOfPayment),
      ...ids(refunded.data, orderOfPayment),
      ...ids(returned.data, (r) => r.order_id),
      ...ids(changed.data, (c) => c.order_id),
    ]),
  ]
}

/**
 * Brings every given order's books to what Medusa says now. Failures are
 * counted and logged with the order, and the job reports them: the next run
 * tries again, and the ledger check names any order still behind.
 */
export async function reconcileOrders(
  container: MedusaContainer,
  orderIds: string[],
  trigger: string,
  reason: string
): Promise<{ checked: number; corrected: number; written: number; failed: number; failures: { order_id: string; message: string }[] }> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  let written = 0
  let corrected = 0
  const failures: { order_id: string; message: string }[] = []
  for (const order_id of orderIds) {
    try {
      const { result } = await reconcileOrderBooksWorkflow(container).run({ input: { order_id, trigger, reason } })
      if (result.written) {
        corrected += 1
        written += result.written
      }
    } catch (error) {
      failures.push({ order_id, message: (error as Error).message })
      logger.error(`Ledger repair could not reconcile order ${order_id}: ${(error as Error).message}`)
    }
  }
  if (corrected) logger.warn(`Ledger repair: ${corrected} of ${orderIds.length} orders were behind Medusa; appended ${written} correcting rows`)
  return { checked: orderIds.length, corrected, written, failed: failures.length, failures }
}

/**
 * Orders placed in the window that were paid for (Medusa linked their
 * payment collection) and still have no ledger row at all: the split of an
 * order.placed event that was lost (an in-memory event bus dies with its
 * process) or is still failing. Orders younger than `graceMs` are left to
 * their subscriber. Read in pages of `take` orders (two indexed reads each)
 * and yielded per page, so a busy day costs bounded memory each minute.
 */
export async function* unbookedOrdersSince(container: MedusaContainer, since: Date, graceMs: number, take = PAGE_SIZE): AsyncGenerator<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  // Fixed bounds for the whole walk, so later orders do not shift the pages.
  const filters = { created_at: { $gte: since, $lt: new Date(Date.now() - graceMs) } }
  for await (const orders of pages(async (skip, take) => {
    const { data } = await query.graph({ entity: "order", fields: ["id", "payment_collections.id"], filters, pagination: { skip, take, order: STABLE_ORDER } })
    return data as { id: string; payment_collections?: unknown[] | null }[]
  }, take)) {
    const paid = orders.filter((o) => (o.payment_collections ?? []).length > 0).map((o) => o.id)
    if (!paid.length) continue
    const { data: rows } = await query.graph({ entity: "ledger_entry", fields: ["order_id"], filters: { order_id: paid } })
    const booked = new Set((rows as { order_id: string | null }[]).map((r) => r.order_id))
    const unbooked = paid.filter((id) => !booked.has(id))
    if (unbooked.length) yield unbooked
  }
}

/**
 * Records what the event subscribers missed (a process died, an event was
 * lost, a failure was not retried): every order touched in the lookback is
 * recomputed and any difference appended. Running it while the subscribers
 * work, or twice, is harmless.
 */
export default async function reconcileLedgerJob(container: MedusaContainer) {
  const since = new Date(Date.now() - LOOKBACK_DAYS * 86_400_000)
  const orderIds = await ordersTouchedSince(container, since)
  return await reconcileOrders(container, orderIds, "job.reconcile-ledger", "recorded by the ledger repair job")
}

export const config = { name: "reconcile-ledger", schedule: "*/15 * * * *" }
