import { createStep, createWorkflow, StepResponse, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

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

const recordStockChangeStep = createStep(
  "record-stock-change",
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

/** Sets a variant's stocked quantity at a location through Medusa's inventory workflow, and records who changed it. */
export const setVariantStockWorkflow = createWorkflow("set-variant-stock", (input: SetVariantStockInput) => {
  const updates = transform({ input }, ({ input }) => ({
    updates: [{ inventory_item_id: input.inventory_item_id, location_id: input.location_id, stocked_quantity: input.to_quantity }],
  }))
  updateInventoryLevelsWorkflow.runAsStep({ input: updates })
  return new WorkflowResponse(recordStockChangeStep(input))
})
