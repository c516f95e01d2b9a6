import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { updateInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import { recordStockChangeStep, type SetVariantStockInput } from "./steps/record-stock-change"

export type { SetVariantStockInput }

/** Sets a variant's stocked quantity at a location through Medusa's inventory workflow, and records who changed it. */
export const setVariantStockWorkflow = createWorkflow("set-variant-stock", (input: SetVariantStockInput) => {
  const updates = transform({ input }, ({ input }) => ({
    updates: [{ inventory_item_id: input.inventory_item_id, location_id: input.location_id, stocked_quantity: input.to_quantity }],
  }))
  updateInventoryLevelsWorkflow.runAsStep({ input: updates })
  return new WorkflowResponse(recordStockChangeStep(input))
})
