import type { MedusaContainer } from "@medusajs/framework/types"
import type { PayoutMethod } from "@cis/contract/cooperative-vocabulary"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { createRowsStep } from "../../steps/create-rows-step"

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

const ledgerOf = (container: MedusaContainer): LedgerModuleService => container.resolve(LEDGER_MODULE)

/** The advance's own record (what was sent, when, how, why); its ledger movement is the next step. */
export const createAdvanceStep = createRowsStep(
  createAdvanceStepId,
  (input: AdvanceInput, container) => ledgerOf(container).createAdvances(input),
  (ids, container) => ledgerOf(container).deleteAdvances(ids)
)
