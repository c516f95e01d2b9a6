import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

/** Writes the single revenue-split row, creating it the first time staff set the fund's share. */
export const updateRevenueSplitStep = createStep(
  "update-revenue-split",
  async ({ community_fund_bps }: { community_fund_bps: number }, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [existing] = await cooperatives.listRevenueSplits({}, { take: 1 })
    if (existing) {
      const updated = await cooperatives.updateRevenueSplits({ id: existing.id, community_fund_bps })
      return new StepResponse(updated, { id: existing.id, previous: existing.community_fund_bps as number | undefined })
    }
    const created = await cooperatives.createRevenueSplits({ community_fund_bps })
    return new StepResponse(created, { id: created.id, previous: undefined as number | undefined })
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    if (compensation.previous === undefined) await cooperatives.deleteRevenueSplits(compensation.id)
    else await cooperatives.updateRevenueSplits({ id: compensation.id, community_fund_bps: compensation.previous })
  }
)
