import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { afterTheAnswer } from "../lib/after-the-answer"
import { reconcileOrderBooksWorkflow } from "../workflows/reconcile-order-books"

type OrderEvent = { id?: string; order_id?: string; return_id?: string; exchange_id?: string; claim_id?: string }

/** Why each event touches the books, written on the rows it adds. */
const REASONS: Record<string, (data: OrderEvent) => string> = {
  // Placed: the split enters the books as pending; nothing is payable before the buyer's money is captured.
  "order.placed": () => "order placed",
  // Cancelled: nothing was sold; money still held stays with CIS until refunded.
  "order.canceled": () => "order cancelled",
  // Received back: the items' share goes back under each cooperative's refund policy.
  "order.return_received": (d) => `return ${d.return_id} received`,
  // Edits, exchanges and claims change what was sold: lines added, removed, re-priced or re-counted.
  "order-edit.confirmed": () => "order edited",
  "order.exchange_created": (d) => `exchange ${d.exchange_id}`,
  "order.claim_created": (d) => `claim ${d.claim_id}`,
}

/**
 * Every event that changes what an order sold brings its books to what the
 * order says now. A failure is thrown, not swallowed: the event bus retries
 * it (with Redis), and the repair job finds any order whose books disagree with Medusa.
 */
export default async function reconcileBooksOnOrderChange({ event, container }: SubscriberArgs<OrderEvent>) {
  const orderId = event.data.order_id ?? event.data.id
  if (!orderId) throw new Error(`${event.name} carried no order id`)
  const reason = REASONS[event.name]?.(event.data) ?? event.name
  // A placed order's books wait for the buyer's checkout answer to leave (src/lib/after-the-answer.ts).
  if (event.name === "order.placed") await afterTheAnswer()
  await reconcileOrderBooksWorkflow(container).run({ input: { order_id: orderId, trigger: event.name, reason } })
}

export const config: SubscriberConfig = { event: Object.keys(REASONS) }
