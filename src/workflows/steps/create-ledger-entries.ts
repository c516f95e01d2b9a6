import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { LedgerEntryDraft } from "../../lib/ledger-vocabulary"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

/**
 * Appends entries to the ledger in one write. The ledger is append-only;
 * the only removal is this step's own compensation, undoing a workflow that failed.
 */
export const createLedgerEntriesStep = createStep(
  "create-ledger-entries",
  async (drafts: LedgerEntryDraft[], { container }) => {
    if (!drafts.length) return new StepResponse([], [] as string[])
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const entries = await cooperatives.createLedgerEntries(drafts)
    return new StepResponse(entries, entries.map((entry) => entry.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperatives.deleteLedgerEntries(ids)
  }
)
