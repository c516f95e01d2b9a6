import type { MedusaContainer } from "@medusajs/framework/types"
import type { OrderPaymentSummary, TransferDue } from "@cis/contract/order-payment-response"
import { transferDue } from "../../../lib/transfer-due"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import type { OrderTransfer } from "../../../workflows/steps/order-transfers"

/**
 * How an order is paid, for the buyer: the provider, whether the money was
 * taken, and the transfer still due. Never the payment's own data (a card's
 * client secret lives there).
 */
export async function paymentSummary(container: MedusaContainer, order: OrderTransfer): Promise<OrderPaymentSummary> {
  let transfer: TransferDue | null = null
  if (order.awaiting) {
    const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const [instructions] = await bank.listTransferInstructions({ currency_code: order.currency_code }, { take: 1 })
    if (instructions) transfer = transferDue(order, instructions)
  }
  return { provider_id: order.payment?.provider_id ?? null, captured: Boolean(order.payment?.captured), transfer }
}
