import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendOrderEmailWorkflow } from "../workflows/send-order-email"

/**
 * The buyer's "order-canceled" email. A send failure is queued for retry inside; any other failure is thrown for the event bus to retry.
 * An order without a payment collection is a crash's orphan (src/jobs/cancel-orphan-orders.ts): the buyer never saw it and
 * holds the real order, so its cancellation is not theirs to hear about.
 */
export default async function orderCanceledEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "payment_collections.id"], filters: { id: event.data.id } })
  const order = data[0] as { payment_collections?: unknown[] | null } | undefined
  if (order && !(order.payment_collections ?? []).length) return
  await sendOrderEmailWorkflow(container).run({ input: { message: "order-canceled", order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "order-canceled-email" } }
