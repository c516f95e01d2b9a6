import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { deleteCooperativeStep } from "./delete-cooperative-step"

export const deleteCooperativeWorkflow = createWorkflow("delete-cooperative", (input: { id: string }) => {
  return new WorkflowResponse(deleteCooperativeStep(input))
})
