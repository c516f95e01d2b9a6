import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCraftOriginStep } from "./steps/delete-craft-origin-step"

export const deleteCraftOriginWorkflow = createWorkflow("delete-craft-origin", (input: { product_id: string }) => {
  return new WorkflowResponse(deleteCraftOriginStep(input))
})
