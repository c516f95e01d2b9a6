import type { MedusaContainer } from "@medusajs/framework/types"
import type { LedgerEntryDraft } from "@cis/contract/ledger-vocabulary"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"
import { createRowsStep } from "./create-rows-step"

export const createLedgerEntriesStepId = "create-ledger-entries"

const ledgerOf = (container: MedusaContainer): LedgerModuleService => container.resolve(LEDGER_MODULE)

/**
 * Appends entries to the ledger in one write. The ledger is append-only;
 * the only removal is this step's own compensation, undoing a workflow that failed.
 */
export const createLedgerEntriesStep = createRowsStep(
  createLedgerEntriesStepId,
  async (drafts: LedgerEntryDraft[], container) => (drafts.length ? ledgerOf(container).createLedgerEntries(drafts) : []),
  (ids, container) => ledgerOf(container).deleteLedgerEntries(ids)
)
