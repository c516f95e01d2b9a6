import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileOrderLedgerWorkflow } from "../workflows/reconcile-order-ledger"

/** Items received back take their share of the sale back, under each cooperative's refund policy. */
export default async function reverseSaleOnReturnReceived({ event, container }: SubscriberArgs<{ order_id: string; return_id: string }>) {
  const { order_id, return_id } = event.data
  try {
    await reconcileOrderLedgerWorkflow(container).run({
      input: { order_id, trigger: "order.return_received", reason: `return ${return_id} received` },
    })
  } catch (error) {
    // Not rethrown: the return stands, and the repair job reconciles the order on its next run.
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Could not reverse the revenue split of return ${return_id} (order ${order_id}): ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: "order.return_received" }
