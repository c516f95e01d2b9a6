import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { afterTheAnswer } from "../lib/after-the-answer"
import { saveOrderAddressWorkflow } from "../workflows/save-order-address"

/** A returning buyer's shipping address goes into their address book; a failure is thrown for the event bus to retry. */
export default async function orderPlacedSaveAddress({ event, container }: SubscriberArgs<{ id: string }>) {
  await afterTheAnswer()
  await saveOrderAddressWorkflow(container).run({ input: { order_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "order.placed", context: { subscriberId: "order-placed-save-address" } }
