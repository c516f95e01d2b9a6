import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LedgerEntryDraft } from "@cis/contract/ledger-vocabulary"
import { LEDGER_MODULE } from "../../modules/ledger"
import type LedgerModuleService from "../../modules/ledger/service"

export const createLedgerEntriesStepId = "create-ledger-entries"

/**
 * Appends entries to the ledger in one write. The ledger is append-only;
 * the only removal is this step's own compensation, undoing a workflow that failed.
 */
export const createLedgerEntriesStep = createStep(
  createLedgerEntriesStepId,
  async (drafts: LedgerEntryDraft[], { container }) => {
    if (!drafts.length) return new StepResponse([], [] as string[])
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const entries = await ledger.createLedgerEntries(drafts)
    return new StepResponse(entries, entries.map((entry) => entry.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    await ledger.deleteLedgerEntries(ids)
  }
)
