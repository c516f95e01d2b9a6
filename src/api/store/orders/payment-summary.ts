import type { MedusaContainer } from "@medusajs/framework/types"
import type { TransferDue } from "../../../lib/email/types"
import { transferDue } from "../../../lib/transfer-due"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import type { OrderTransfer } from "../../../workflows/steps/order-transfers"

export interface PaymentSummary {
  provider_id: string | null
  captured: boolean
  /** While a bank transfer is awaited: what to send, where, with which reference, by when. Null otherwise. */
  transfer: TransferDue | null
}

/**
 * How an order is paid, for the buyer: the provider, whether the money was
 * taken, and the transfer still due. Never the payment's own data (a card's
 * client secret lives there).
 */
export async function paymentSummary(container: MedusaContainer, order: OrderTransfer): Promise<PaymentSummary> {
  let transfer: TransferDue | null = null
  if (order.awaiting) {
    const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const [instructions] = await bank.listTransferInstructions({ currency_code: order.currency_code }, { take: 1 })
    if (instructions) transfer = transferDue(order, instructions)
  }
  return { provider_id: order.payment?.provider_id ?? null, captured: Boolean(order.payment?.captured), transfer }
}
