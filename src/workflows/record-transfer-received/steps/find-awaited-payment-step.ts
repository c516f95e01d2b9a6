import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readOrderTransfers, type OrderTransfer } from "../../steps/order-transfers"

export const findAwaitedPaymentStepId = "find-awaited-payment"

/** The order's bank-transfer payment still waiting for money; refuses an order that is paid, cancelled or paid by card. Read-only. */
export const findAwaitedPaymentStep = createStep(findAwaitedPaymentStepId, async ({ order_id }: { order_id: string }, { container }) => {
  const [order] = await readOrderTransfers(container, [order_id])
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${order_id} was not found`)
  if (!order.awaiting) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `order #${order.display_id} is not awaiting a bank transfer (${why(order)})`)
  return new StepResponse({ payment_id: order.payment!.id, display_id: order.display_id, amount_due: order.amount_due, currency_code: order.currency_code })
})

function why(order: OrderTransfer): string {
  if (order.status === "canceled") return "it was cancelled"
  if (!order.payment) return "it has no payment"
  if (order.payment.captured) return "its payment was already received"
  if (order.payment.canceled) return "its payment was cancelled"
  return "it is not paid by bank transfer"
}
