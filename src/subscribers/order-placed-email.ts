import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { afterTheAnswer } from "../lib/after-the-answer"
import { sendOrderEmailWorkflow } from "../workflows/send-order-email"

/** The buyer's "order-placed" email. A send failure is queued for retry inside; any other failure is thrown for the event bus to retry. */
export default async function orderPlacedEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  // The buyer's checkout answer goes first (src/lib/after-the-answer.ts).
  await afterTheAnswer()
  await sendOrderEmailWorkflow(container).run({ input: { message: "order-placed", order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "order-placed-email" } }
