import { MedusaError } from "@medusajs/framework/utils"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { BANK_TRANSFER_PROVIDER } from "../../lib/transfer-due"
import { BANK_TRANSFER_MODULE } from "../../modules/bank-transfer"
import type BankTransferModuleService from "../../modules/bank-transfer/service"

/**
 * No order by bank transfer in a currency without transfer instructions:
 * the buyer would have nowhere to send the money. The payment-session
 * route already refuses such a session; this guards every other way to a
 * completed cart (a session made before staff removed the instructions).
 */
completeCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const sessions = (cart as { payment_collection?: { payment_sessions?: { provider_id: string }[] | null } | null }).payment_collection?.payment_sessions ?? []
  if (!sessions.some((session) => session.provider_id === BANK_TRANSFER_PROVIDER)) return
  const currency = (cart as { currency_code: string }).currency_code
  const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
  const [instructions] = await bank.listTransferInstructions({ currency_code: currency }, { take: 1, select: ["id"] })
  if (!instructions) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Bank transfer is not available for payments in ${currency.toUpperCase()}: the store has no bank details for this currency yet. Please choose another way to pay.`
    )
  }
})
