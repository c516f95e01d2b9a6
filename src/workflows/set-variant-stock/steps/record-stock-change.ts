import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export interface SetVariantStockInput {
  cooperative_id: string
  coordinator_id: string
  product_id: string
  variant_id: string
  inventory_item_id: string
  location_id: string
  from_quantity: number
  to_quantity: number
  reason: string | null
}

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
