import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileOrderLedgerWorkflow } from "../workflows/reconcile-order-ledger"

/**
 * Money refunded takes its share of the sale back. The event names the
 * payment, not the order or the refund: the workflow reads every refund on
 * the order, so a refund already reversed is never reversed again.
 */
export default async function reverseSaleOnPaymentRefunded({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    const { data } = await query.graph({ entity: "payment", fields: ["id", "payment_collection.order.id"], filters: { id: event.data.id } })
    const orderId = (data[0] as { payment_collection?: { order?: { id: string } | null } | null } | undefined)?.payment_collection?.order?.id
    if (!orderId) return // a payment outside any order (none exist in this store) has no split to take back
    await reconcileOrderLedgerWorkflow(container).run({
      input: { order_id: orderId, trigger: "payment.refunded", reason: `refund on payment ${event.data.id}` },
    })
  } catch (error) {
    // Not rethrown: the refund stands, and the repair job reconciles the order on its next run.
    logger.error(`Could not reverse the revenue split of a refund on payment ${event.data.id}: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: "payment.refunded" }
