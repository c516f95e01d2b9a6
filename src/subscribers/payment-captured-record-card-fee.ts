import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { stripeSettings } from "../lib/stripe-config"
import { recordCardFeesWorkflow } from "../workflows/record-card-fees"

/** A payment captured later (manual capture from the dashboard, or by a webhook) has its fee recorded then. */
export default async function recordCardFeeOnPaymentCaptured({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!stripeSettings(process.env)) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  try {
    const { data } = await query.graph({ entity: "payment", fields: ["id", "payment_collection.order.id"], filters: { id: event.data.id } })
    const orderId = (data[0] as { payment_collection?: { order?: { id: string } | null } | null } | undefined)?.payment_collection?.order?.id
    if (!orderId) return // captured before its order exists: the order.placed subscriber records it
    await recordCardFeesWorkflow(container).run({ input: { order_id: orderId } })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Could not record the card fee of payment ${event.data.id}: ${(error as Error).message}`)
    // Rethrown: with Redis the event bus runs it again (attempts with backoff); the hourly card-fee job is the last resort.
    throw error
  }
}

export const config: SubscriberConfig = { event: "payment.captured" }
