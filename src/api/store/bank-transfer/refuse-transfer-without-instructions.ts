import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { BANK_TRANSFER_PROVIDER } from "../../../lib/transfer-due"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

/**
 * Medusa's POST /store/payment-collections/:id/payment-sessions would open a
 * bank-transfer session in any currency; without instructions for the
 * collection's currency the buyer could not pay, so it answers 400 and says
 * why. (Completing such a cart is refused too: workflows/hooks.)
 */
export async function refuseTransferWithoutInstructions(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const providerId = (req.body as { provider_id?: unknown } | undefined)?.provider_id
  if (providerId !== BANK_TRANSFER_PROVIDER) return next()
  const payments: IPaymentModuleService = req.scope.resolve(Modules.PAYMENT)
  const [collection] = await payments.listPaymentCollections({ id: req.params.id }, { select: ["id", "currency_code"], take: 1 })
  // Unknown collections are Medusa's to answer (404).
  if (!collection) return next()
  const bank: BankTransferModuleService = req.scope.resolve(BANK_TRANSFER_MODULE)
  const [instructions] = await bank.listTransferInstructions({ currency_code: collection.currency_code }, { take: 1, select: ["id"] })
  if (instructions) return next()
  res.status(400).json({
    type: "not_allowed",
    message: `provider_id: bank transfer is not available for payments in ${collection.currency_code.toUpperCase()}: the store has no bank details for this currency yet`,
  })
}
