import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recordOrderCancellationWorkflow } from "../workflows/record-order-cancellation"

/** A cancelled order's split is taken back under each cooperative's refund policy. */
export default async function reverseSaleOnOrderCanceled({ event, container }: SubscriberArgs<{ id: string }>) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  try {
    await recordOrderCancellationWorkflow(container).run({ input: { order_id: event.data.id } })
  } catch (error) {
    // Not rethrown: the cancellation stands. Re-running the workflow is safe; no repair job exists yet.
    logger.error(`Could not reverse the revenue split of cancelled order ${event.data.id}: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: "order.canceled" }
