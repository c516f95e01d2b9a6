import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { ORPHAN_METADATA_KEY } from "../lib/orphan-orders"
import { sendOrderEmailWorkflow } from "../workflows/send-order-email"

/**
 * The buyer's "order-canceled" email. A send failure is queued for retry inside; any other failure is thrown for the event bus to retry.
 * An order the orphan job cancelled (src/jobs/cancel-orphan-orders.ts, which marks it first) was left by a crash: the buyer
 * never saw it and holds the real order, so its cancellation is not theirs to hear about.
 */
export default async function orderCanceledEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "metadata"], filters: { id: event.data.id } })
  const order = data[0] as { metadata?: Record<string, unknown> | null } | undefined
  if (order?.metadata?.[ORPHAN_METADATA_KEY] === true) return
  await sendOrderEmailWorkflow(container).run({ input: { message: "order-canceled", order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.canceled", context: { subscriberId: "order-canceled-email" } }
