import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { LEDGER_MODULE } from "../../../modules/ledger"
import LedgerModuleService, { NothingToPayError } from "../../../modules/ledger/service"

export const createDraftPayoutStepId = "create-draft-payout"

export interface CreatePayoutInput {
  cooperative_id: string
  currency_code: string
  up_to: Date
  created_by: string
}

/**
 * Opens a draft payout reserving the cooperative's payable, unpaid entries in
 * the currency up to the date (one transaction in the ledger module). Shares
 * of orders nobody has paid for yet are pending and never reserved. Nothing
 * to pay (no entries, or a sum of zero or less after chargebacks or
 * advances) is refused and the entries stay for next time.
 */
export const createDraftPayoutStep = createStep(
  createDraftPayoutStepId,
  async (input: CreatePayoutInput, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const cooperative = await cooperatives.retrieveCooperative(input.cooperative_id, { select: ["id", "name"] })

    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    try {
      const { payout_id } = await ledger.openDraftPayout(input)
      return new StepResponse(await ledger.retrievePayout(payout_id), payout_id)
    } catch (error) {
      if (!(error instanceof NothingToPayError)) throw error
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `currency_code: ${cooperative.name} has nothing to be paid in ${input.currency_code.toUpperCase()} up to that date` +
          (error.entryCount ? ` (its payable unpaid entries add up to ${error.amount} minor units)` : "")
      )
    }
  },
  async (payoutId, { container }) => {
    if (!payoutId) return
    // A later step failed: the draft goes away as if it had been cancelled, its entries freed.
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    await ledger.settleDraftPayout({ id: payoutId, to: "cancelled" })
  }
)
