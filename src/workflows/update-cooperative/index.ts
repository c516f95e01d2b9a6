import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertHandleFreeStep } from "../steps/assert-handle-free"
import { assertSharesFitStep } from "../steps/assert-shares-fit"
import { updateCooperativeStep, type UpdateCooperativeInput } from "./update-cooperative-step"

export const updateCooperativeWorkflow = createWorkflow("update-cooperative", (input: UpdateCooperativeInput) => {
  assertSharesFitStep({ share_bps: input.update.share_bps })
  assertHandleFreeStep({ handle: input.update.handle, except_id: input.id })
  return new WorkflowResponse(updateCooperativeStep(input))
})
