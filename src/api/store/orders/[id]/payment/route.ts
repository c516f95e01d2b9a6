import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { StoreOrderPaymentResponse } from "@cis/contract/order-payment-response"
import { MedusaError } from "@medusajs/framework/utils"
import { readOrderTransfers } from "../../../../../workflows/steps/order-transfers"
import { paymentSummary } from "../../payment-summary"

/**
 * How an order was paid, for its confirmation and lookup pages: the latest
 * payment's provider (card or bank transfer), whether the money was taken,
 * and, while a bank transfer is awaited, the instructions with the exact
 * amount, the reference and the deadline. Only that: Medusa's own order
 * route would hand out each payment's `data`, which for a card is Stripe's
 * PaymentIntent with its client secret, so the store redacts it from its
 * order answers (see store/middlewares.ts).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreOrderPaymentResponse>) => {
  const [order] = await readOrderTransfers(req.scope, [req.params.id])
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  res.json({ payment: await paymentSummary(req.scope, order) })
}
