import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { sendPayoutStatementWorkflow } from "../workflows/send-payout-statement"

/** The cooperative's contact gets the paid payout's statement; a failure other than sending is retried by the event bus. */
export default async function payoutPaidEmail({ event, container }: SubscriberArgs<{ id: string }>) {
  await sendPayoutStatementWorkflow(container).run({ input: { payout_id: event.data.id } })
}

export const config: SubscriberConfig = { event: "payout.paid", context: { subscriberId: "payout-paid-email" } }
