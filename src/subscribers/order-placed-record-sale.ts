import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileOrderLedgerWorkflow } from "../workflows/reconcile-order-ledger"

/**
 * Every placed order's revenue is split into the ledger as soon as it is
 * placed, through the same locked workflow the other order events and the
 * repair job use, so none of them race to write the same sale.
 */
export default async function recordSaleOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await reconcileOrderLedgerWorkflow(container).run({ input: { order_id: event.data.id, trigger: "order.placed", reason: "order placed" } })
  } catch (error) {
    // Not rethrown: the order stands, and the repair job records the split on its next run.
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Could not record the revenue split of order ${event.data.id}: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: "order.placed" }
