import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { reconcileOrderBooksWorkflow } from "../workflows/reconcile-order-books"
import { orderOfPayment } from "../workflows/reconcile-order-books/order-of-payment"

/**
 * Money captured makes an order's shares payable (in proportion when partly
 * captured); money refunded takes its share back, at the refunded items' own
 * tax rates. The events name the payment; the workflow reads every capture and
 * refund of the order, so none is counted twice. A failure is thrown, not
 * swallowed: the event bus retries it (with Redis), and the repair job finds
 * any order whose books disagree with Medusa.
 */
export default async function reconcileBooksOnPaymentChange({ event, container }: SubscriberArgs<{ id: string }>) {
  const orderId = await orderOfPayment(container, event.data.id)
  if (!orderId) return // a payment outside any order has no books
  const what = event.name === "payment.captured" ? "capture" : "refund"
  await reconcileOrderBooksWorkflow(container).run({ input: { order_id: orderId, trigger: event.name, reason: `${what} on payment ${event.data.id}` } })
}

export const config: SubscriberConfig = { event: ["payment.captured", "payment.refunded"] }
