import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  addOrderTransactionStep,
  authorizePaymentSessionStep,
  createRemoteLinkStep,
  emitEventStep,
  reserveInventoryStep,
  updateCartsStep,
} from "@medusajs/medusa/core-flows"

/** One line's reservation, as Medusa's completion computes it (reserveInventoryStep's input). */
export type ReservationInput = {
  id: string
  inventory_item_id: string
  required_quantity: number
  allow_backorder: boolean
  quantity: number
  location_ids: string[]
}

export type FinishInterruptedOrderInput = {
  order_id: string
  cart_id: string
  /** Links the crash did not create (the order's payment collection). */
  links: Record<string, Record<string, string>>[]
  /** Lines that have no reservation yet. */
  reservations: ReservationInput[]
  /** The cart's payment session, authorised as the completion would have. */
  payment_session_id: string
  /** The cart was not marked completed before the crash. */
  complete_cart: boolean
}

export const finishInterruptedOrderWorkflowId = "finish-interrupted-order"

/**
 * The rest of Medusa's completeCartWorkflow for an order whose completion a
 * crash cut off after the order and its cart link were written: the missing
 * links, the cart's completion mark, the missing reservations, then (last,
 * as Medusa does, so a failure before it cancels nothing) the payment
 * authorisation, its capture transactions and `order.placed`. Any failure
 * rolls back what this run did (the reservations' compensation deletes them,
 * an authorised payment is cancelled); the caller then cancels the order.
 */
export const finishInterruptedOrderWorkflow = createWorkflow(finishInterruptedOrderWorkflowId, (input: FinishInterruptedOrderInput) => {
  createRemoteLinkStep(input.links)
  when("mark-cart-completed", { input }, ({ input }) => input.complete_cart).then(() => {
    updateCartsStep(transform({ input }, ({ input }) => [{ id: input.cart_id, completed_at: new Date() }]))
  })
  reserveInventoryStep({ items: input.reservations })
  const payment = authorizePaymentSessionStep({ id: input.payment_session_id })
  const transactions = transform({ payment, input }, ({ payment, input }) =>
    (payment?.captures ?? []).map((capture) => ({
      order_id: input.order_id,
      amount: capture.raw_amount ?? capture.amount,
      currency_code: payment!.currency_code,
      reference: "capture",
      reference_id: capture.id,
    }))
  )
  addOrderTransactionStep(transactions)
  emitEventStep({ eventName: OrderWorkflowEvents.PLACED, data: { id: input.order_id } })
  return new WorkflowResponse({ order_id: input.order_id })
})
