import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { stripeSettings } from "../lib/stripe-config"
import { recordCardFeesWorkflow } from "../workflows/record-card-fees"

/**
 * With automatic capture, Stripe takes the money while the cart completes and
 * Medusa emits no capture event, so the placed order is where its fee is first seen.
 */
export default async function recordCardFeeOnOrderPlaced({ event, container }: SubscriberArgs<{ id: string }>) {
  if (!stripeSettings(process.env)) return
  try {
    await recordCardFeesWorkflow(container).run({ input: { order_id: event.data.id } })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .error(`Could not record the card fee of order ${event.data.id}: ${(error as Error).message}`)
    // Rethrown: with Redis the event bus runs it again (attempts with backoff); the hourly card-fee job is the last resort.
    throw error
  }
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "order-placed-record-card-fee" } }
