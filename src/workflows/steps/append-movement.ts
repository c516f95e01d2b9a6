import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LedgerEntryDraft } from "@cis/contract/ledger-vocabulary"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"

export const appendMovementStepId = "append-ledger-movement"

/**
 * Appends one balanced movement (its rows add up to zero) under a new
 * transaction id, in one write. The ledger is append-only; the only removal
 * is this step's own compensation, undoing a workflow that failed after it.
 */
export const appendMovementStep = createStep(
  appendMovementStepId,
  async (rows: LedgerEntryDraft[], { container }) => {
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const entries = await ledger.appendMovement(rows)
    return new StepResponse(entries, entries.map((entry) => entry.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    await ledger.deleteLedgerEntries(ids)
  }
)
