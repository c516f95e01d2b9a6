import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { BANK_TRANSFER_PROVIDER } from "../../lib/transfer-due"
import { BANK_TRANSFER_MODULE } from "../../modules/bank-transfer"
import type BankTransferModuleService from "../../modules/bank-transfer/service"

type CartWithSessions = { currency_code: string; payment_collection?: { payment_sessions?: { provider_id: string }[] | null } | null }

/**
 * No order by bank transfer in a currency without transfer instructions:
 * the buyer would have nowhere to send the money. The payment-session
 * route already refuses such a session; this guards every other way to a
 * completed cart (a session made before staff removed the instructions).
 */
export async function refuseTransferWithoutInstructions(container: MedusaContainer, cart: CartWithSessions) {
  const sessions = cart.payment_collection?.payment_sessions ?? []
  if (!sessions.some((session) => session.provider_id === BANK_TRANSFER_PROVIDER)) return
  const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
  const [instructions] = await bank.listTransferInstructions({ currency_code: cart.currency_code }, { take: 1, select: ["id"] })
  if (!instructions) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Bank transfer is not available for payments in ${cart.currency_code.toUpperCase()}: the store has no bank details for this currency yet. Please choose another way to pay.`
    )
  }
}
