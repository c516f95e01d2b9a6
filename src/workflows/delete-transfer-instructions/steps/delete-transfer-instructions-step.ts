import type { MedusaContainer } from "@medusajs/framework/types"
import { BANK_TRANSFER_MODULE } from "../../../modules/bank-transfer"
import type BankTransferModuleService from "../../../modules/bank-transfer/service"
import { softDeleteOneStep } from "../../steps/soft-delete-one-step"

export const deleteTransferInstructionsStepId = "delete-transfer-instructions"

const bankOf = (container: MedusaContainer): BankTransferModuleService => container.resolve(BANK_TRANSFER_MODULE)

/** Removes a currency's instructions (soft delete), so checkout stops offering the transfer in it; undone by restoring them. */
export const deleteTransferInstructionsStep = softDeleteOneStep(deleteTransferInstructionsStepId, {
  find: async ({ currency_code }: { currency_code: string }, container) => (await bankOf(container).listTransferInstructions({ currency_code }, { take: 1 }))[0],
  notFound: ({ currency_code }) => `No bank transfer instructions for ${currency_code.toUpperCase()}`,
  softDelete: (id, container) => bankOf(container).softDeleteTransferInstructions(id),
  restore: (id, container) => bankOf(container).restoreTransferInstructions(id),
})
