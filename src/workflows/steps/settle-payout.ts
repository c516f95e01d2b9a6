import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PayoutMethod } from "../../lib/cooperative-vocabulary"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export type SettlePayoutInput =
  | {
      id: string
      to: "paid"
      paid_at: Date
      reference: string
      method: PayoutMethod
      sent_amount: number
      sent_currency_code: string
    }
  | { id: string; to: "cancelled" }

/**
 * Ends a draft payout: paid (what was sent, how, when) or cancelled (its
 * entries freed). A paid or cancelled payout never changes again; a mistake
 * in one is corrected by an adjustment. One guarded transaction, so there is
 * nothing to compensate: it happens whole or not at all.
 */
export const settlePayoutStep = createStep(
  "settle-payout",
  async (input: SettlePayoutInput, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [payout] = await cooperatives.listPayouts({ id: input.id }, { take: 1 })
    if (!payout) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout with id: ${input.id} was not found`)
    if (payout.status !== "draft" || !(await cooperatives.settleDraftPayout(input))) {
      const [now] = await cooperatives.listPayouts({ id: input.id }, { select: ["status"], take: 1 })
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `status: the payout is already ${now.status}; it cannot change any more (correct it with an adjustment)`
      )
    }
    const [settled] = await cooperatives.listPayouts({ id: input.id }, { take: 1 })
    return new StepResponse(settled)
  }
)
