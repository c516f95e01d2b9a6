import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deactivateCoordinatorStep } from "./steps/deactivate-coordinator"

export const deactivateCoordinatorWorkflow = createWorkflow("deactivate-coordinator", (input: { id: string }) => {
  return new WorkflowResponse(deactivateCoordinatorStep(input))
})
