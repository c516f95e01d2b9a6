import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderEmailWorkflow } from "../workflows/send-order-email"

/** The buyer's "order-shipped" email. A send failure is queued for retry inside; any other failure is thrown for the event bus to retry. */
export default async function orderShippedEmail({ event, container }: SubscriberArgs<{ id: string; no_notification?: boolean }>) {
  // Staff can ship without telling the buyer (the dashboard's "send notification" switch).
  if (event.data.no_notification) return
  await sendOrderEmailWorkflow(container).run({ input: { message: "order-shipped", fulfillment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "shipment.created", context: { subscriberId: "shipment-created-email" } }
