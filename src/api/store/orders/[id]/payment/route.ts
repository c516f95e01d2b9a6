import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { orderPayment } from "./order-payment"

/**
 * How an order was paid, for its confirmation page. Medusa's own order route
 * would hand out each payment's `data`; the store redacts it there (see
 * store/middlewares.ts) and says here what a buyer needs to know.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const payment = await orderPayment(req.scope, req.params.id)
  if (!payment) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  res.json({ payment })
}
