import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"

export const deleteTransferInstructionsStepId = "delete-transfer-instructions"

/** Removes a currency's instructions (soft delete), so checkout stops offering the transfer in it; undone by restoring them. */
export const deleteTransferInstructionsStep = createStep(
  deleteTransferInstructionsStepId,
  async ({ currency_code }: { currency_code: string }, { container }) => {
    const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    const [existing] = await bank.listTransferInstructions({ currency_code }, { take: 1 })
    if (!existing) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No bank transfer instructions for ${currency_code.toUpperCase()}`)
    await bank.softDeleteTransferInstructions(existing.id)
    return new StepResponse({ id: existing.id, currency_code }, existing.id)
  },
  async (id, { container }) => {
    if (!id) return
    const bank: BankTransferModuleService = container.resolve(BANK_TRANSFER_MODULE)
    await bank.restoreTransferInstructions(id)
  }
)
