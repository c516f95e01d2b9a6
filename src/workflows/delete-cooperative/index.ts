import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deactivateCooperativeCoordinatorsStep } from "./steps/deactivate-coordinators-step"
import { deleteCooperativeStep } from "./steps/delete-cooperative-step"

export const deleteCooperativeWorkflow = createWorkflow("delete-cooperative", (input: { id: string }) => {
  const deleted = deleteCooperativeStep(input)
  deactivateCooperativeCoordinatorsStep(transform({ input }, ({ input }) => ({ cooperative_id: input.id })))
  return new WorkflowResponse(deleted)
})
