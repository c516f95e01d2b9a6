import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"
import { reconcileOrderLedgerWorkflow } from "../workflows/reconcile-order-ledger"

/**
 * How far back the repair looks. Without Redis the event bus keeps undelivered
 * events in memory, so a restart loses them; a month covers any outage staff
 * would not otherwise notice, and the ledger's own checks cover the rest.
 */
const LOOKBACK_DAYS = 30

type Row = Record<string, unknown>
const ids = (rows: Row[], pick: (row: Row) => unknown) =>
  rows.map(pick).filter((id): id is string => typeof id === "string" && id.length > 0)

/**
 * The orders whose ledger may be behind: placed without any sale rows,
 * cancelled, with items received back, or refunded, within the lookback.
 * Asking Medusa for these few is far cheaper than reconciling every order.
 */
async function ordersToReconcile(container: MedusaContainer, since: Date): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const after = { $gte: since }
  const [placed, canceled, returned, refunded] = await Promise.all([
    query.graph({ entity: "order", fields: ["id"], filters: { created_at: after, is_draft_order: false } }),
    query.graph({ entity: "order", fields: ["id"], filters: { canceled_at: after } }),
    query.graph({ entity: "return", fields: ["order_id"], filters: { received_at: after } }),
    query.graph({ entity: "refund", fields: ["payment.payment_collection.order.id"], filters: { created_at: after } }),
  ])
  const placedIds = ids(placed.data, (o) => o.id)
  const recorded = new Set(await cooperatives.orderIdsWithSales(placedIds))
  return [
    ...new Set([
      ...placedIds.filter((id) => !recorded.has(id)),
      ...ids(canceled.data, (o) => o.id),
      ...ids(returned.data, (r) => r.order_id),
      ...ids(refunded.data, (r) => (r as { payment?: { payment_collection?: { order?: { id?: string } } } }).payment?.payment_collection?.order?.id),
    ]),
  ]
}

/**
 * Records what the event subscribers missed: a sale never split (the process
 * died between placing the order and recording it), or a cancellation, return
 * or refund never reversed. The workflow writes only what is missing, so
 * running this while the subscribers work, or twice, is harmless.
 */
export default async function reconcileLedgerJob(container: MedusaContainer): Promise<{ checked: number; written: number; failed: number }> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const orderIds = await ordersToReconcile(container, new Date(Date.now() - LOOKBACK_DAYS * 86_400_000))
  let written = 0
  let failed = 0
  for (const order_id of orderIds) {
    try {
      const { result } = await reconcileOrderLedgerWorkflow(container).run({
        input: { order_id, trigger: "job.reconcile-ledger", reason: "recorded by the ledger repair job" },
      })
      const added = result.sales.length + result.reversals.length
      if (added) logger.warn(`Ledger repair: order ${order_id} was missing ${added} entries; recorded them now`)
      written += added
    } catch (error) {
      failed += 1
      logger.error(`Ledger repair could not reconcile order ${order_id}: ${(error as Error).message}`)
    }
  }
  return { checked: orderIds.length, written, failed }
}

export const config = { name: "reconcile-ledger", schedule: "*/15 * * * *" }
