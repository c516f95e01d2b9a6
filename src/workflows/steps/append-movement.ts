import type { MedusaContainer } from "@medusajs/framework/types"
import type { LedgerEntryDraft } from "@cis/contract/ledger-vocabulary"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"
import { createRowsStep } from "./create-rows-step"

export const appendMovementStepId = "append-ledger-movement"

const ledgerOf = (container: MedusaContainer): LedgerModuleService => container.resolve(LEDGER_MODULE)

/**
 * Appends one balanced movement (its rows add up to zero) under a new
 * transaction id, in one write. The ledger is append-only; the only removal
 * is this step's own compensation, undoing a workflow that failed after it.
 */
export const appendMovementStep = createRowsStep(
  appendMovementStepId,
  (rows: LedgerEntryDraft[], container) => ledgerOf(container).appendMovement(rows),
  (ids, container) => ledgerOf(container).deleteLedgerEntries(ids)
)
