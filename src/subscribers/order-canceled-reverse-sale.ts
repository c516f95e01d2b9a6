import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileOrderLedgerWorkflow } from "../workflows/reconcile-order-ledger"

/** A cancelled order's split is taken back under each cooperative's refund policy. */
export default async function reverseSaleOnOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  try {
    await reconcileOrderLedgerWorkflow(container).run({
      input: { order_id: event.data.id, trigger: "order.canceled", reason: "order canceled" },
    })
  } catch (error) {
    // Not rethrown: the cancellation stands, and the repair job reconciles the order on its next run.
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Could not reverse the revenue split of cancelled order ${event.data.id}: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: "order.canceled" }
