import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertCraftOriginStep, type UpsertCraftOriginInput } from "./steps/upsert-craft-origin-step"

export const upsertCraftOriginWorkflow = createWorkflow("upsert-craft-origin", (input: UpsertCraftOriginInput) => {
  return new WorkflowResponse(upsertCraftOriginStep(input))
})
