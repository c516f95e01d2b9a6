import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PayoutMethod } from "@cis/contract/cooperative-vocabulary"
import { exchangeRate } from "../../lib/exchange-rate"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"

export const settlePayoutStepId = "settle-payout"

export type SettlePayoutInput =
  | {
      id: string
      to: "paid"
      paid_at: Date
      reference: string
      method: PayoutMethod
      sent_amount: number
      sent_currency_code: string
      created_by: string
    }
  | { id: string; to: "cancelled" }

/**
 * Ends a draft payout: paid (what was sent, how, when; the movement written
 * with it, and any difference from the payout's amount, in its own currency,
 * left on the cooperative's balance for the next payout; another currency
 * records its exchange rate) or cancelled (its entries freed). A paid or
 * cancelled payout never changes again; a mistake is corrected by an
 * adjustment. One guarded transaction, so there is nothing to compensate.
 */
export const settlePayoutStep = createStep(settlePayoutStepId, async (input: SettlePayoutInput, { container }) => {
  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  const payout = await ledger.retrievePayout(input.id)
  const settle =
    input.to === "paid"
      ? {
          ...input,
          exchange_rate:
            input.sent_currency_code === payout.currency_code
              ? null
              : exchangeRate({ amount: payout.amount, currency_code: payout.currency_code }, { amount: input.sent_amount, currency_code: input.sent_currency_code }),
        }
      : input
  if (payout.status !== "draft" || !(await ledger.settleDraftPayout(settle))) {
    const [now] = await ledger.listPayouts({ id: input.id }, { select: ["status"], take: 1 })
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `status: the payout is already ${now.status}; it cannot change any more (correct it with an adjustment)`
    )
  }
  return new StepResponse(await ledger.retrievePayout(input.id))
})
