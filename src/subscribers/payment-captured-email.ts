import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendOrderEmailWorkflow } from "../workflows/send-order-email"

/** The buyer's "payment-received" email. A send failure is queued for retry inside; any other failure is thrown for the event bus to retry. */
export default async function paymentReceivedEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendOrderEmailWorkflow(container).run({ input: { message: "payment-received", payment_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "payment.captured", context: { subscriberId: "payment-captured-email" } }
