import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export const checkLedgerInternalsStepId = "check-ledger-internals"

/** The books' own checks: every movement, order and payout balances (see the ledger module's checks.ts). Reads only. */
export const checkLedgerInternalsStep = createStep(checkLedgerInternalsStepId, async (_: void, { container }) => {
  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  return new StepResponse(await ledger.ledgerProblems())
})
