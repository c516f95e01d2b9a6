import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderEmailWorkflow } from "../workflows/send-order-email"

/** The buyer's "order-canceled" email. A send failure is queued for retry inside; any other failure is thrown for the event bus to retry. */
export default async function orderCanceledEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderEmailWorkflow(container).run({ input: { message: "order-canceled", order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "order-canceled-email" } }
