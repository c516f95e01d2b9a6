import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { PayoutMethod } from "@cis/contract/cooperative-vocabulary"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export const createAdvanceStepId = "create-advance"

export interface AdvanceInput {
  cooperative_id: string
  currency_code: string
  /** Minor units, more than zero. */
  amount: number
  paid_at: Date
  reference: string
  method: PayoutMethod
  reason: string
  created_by: string
}

/** The advance's own record (what was sent, when, how, why); its ledger movement is the next step. */
export const createAdvanceStep = createStep(
  createAdvanceStepId,
  async (input: AdvanceInput, { container }) => {
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const advance = await ledger.createAdvances(input)
    return new StepResponse(advance, advance.id)
  },
  async (id, { container }) => {
    if (!id) return
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    await ledger.deleteAdvances(id)
  }
)
