import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export interface CreatePayoutInput {
  cooperative_id: string
  currency_code: string
  up_to: Date
  created_by: string
}

/**
 * Opens a draft payout and reserves the cooperative's unpaid entries in the
 * currency up to the date. Nothing to pay (no entries, or a sum of zero or
 * less after chargebacks) is refused and the entries stay for next time.
 */
export const createDraftPayoutStep = createStep(
  "create-draft-payout",
  async (input: CreatePayoutInput, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [cooperative] = await cooperatives.listCooperatives({ id: input.cooperative_id }, { select: ["id", "name"], take: 1 })
    if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with id: ${input.cooperative_id} was not found`)

    const payout = await cooperatives.createPayouts({ ...input, status: "draft", amount: 0, entry_count: 0 })
    const reserved = await cooperatives.reserveEntriesForPayout({ ...input, payout_id: payout.id })
    if (reserved.entry_count === 0 || reserved.amount <= 0) {
      await cooperatives.releasePayoutEntries(payout.id)
      await cooperatives.deletePayouts(payout.id)
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `currency_code: ${cooperative.name} has nothing to be paid in ${input.currency_code.toUpperCase()} up to that date` +
          (reserved.entry_count ? ` (its unpaid entries add up to ${reserved.amount} minor units)` : "")
      )
    }
    const updated = await cooperatives.updatePayouts({ id: payout.id, ...reserved })
    return new StepResponse(updated, payout.id)
  },
  async (payoutId, { container }) => {
    if (!payoutId) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperatives.releasePayoutEntries(payoutId)
    await cooperatives.deletePayouts(payoutId)
  }
)
