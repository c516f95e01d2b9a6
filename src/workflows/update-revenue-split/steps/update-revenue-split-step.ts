import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

export const updateRevenueSplitStepId = "update-revenue-split"

/** Writes the single revenue-split row, creating it the first time staff set the fund's share. */
export const updateRevenueSplitStep = createStep(
  updateRevenueSplitStepId,
  async ({ community_fund_bps }: { community_fund_bps: number }, { container }) => {
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    const [existing] = await ledger.listRevenueSplits({}, { take: 1 })
    if (existing) {
      const updated = await ledger.updateRevenueSplits({ id: existing.id, community_fund_bps })
      return new StepResponse(updated, { id: existing.id, previous: existing.community_fund_bps as number | undefined })
    }
    const created = await ledger.createRevenueSplits({ community_fund_bps })
    return new StepResponse(created, { id: created.id, previous: undefined as number | undefined })
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
    if (compensation.previous === undefined) await ledger.deleteRevenueSplits(compensation.id)
    else await ledger.updateRevenueSplits({ id: compensation.id, community_fund_bps: compensation.previous })
  }
)
