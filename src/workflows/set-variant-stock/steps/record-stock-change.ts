import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { StockChangeRecord } from "@cis/contract/stock-change-response"

export type SetVariantStockInput = StockChangeRecord

export const recordStockChangeStepId = "record-stock-change"
export const recordStockChangeStep = createStep(
  recordStockChangeStepId,
  async (input: SetVariantStockInput, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const change = await cooperatives.createStockChanges(input)
    return new StepResponse(change, change.id)
  },
  async (id, { container }) => {
    if (!id) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperatives.deleteStockChanges(id)
  }
)
