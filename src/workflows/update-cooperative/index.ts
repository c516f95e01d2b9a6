import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertHandleFreeStep } from "../steps/assert-handle-free"
import { assertSharesFitStep } from "../steps/assert-shares-fit"
import { syncCooperativeSaleStep } from "../sync-cooperative-sale/steps/sync-cooperative-sale-step"
import { updateCooperativeStep, type UpdateCooperativeInput } from "./steps/update-cooperative-step"

export const updateCooperativeWorkflow = createWorkflow("update-cooperative", (input: UpdateCooperativeInput) => {
  assertSharesFitStep({ share_bps: input.update.share_bps })
  assertHandleFreeStep({ handle: input.update.handle, except_id: input.id })
  const cooperative = updateCooperativeStep(input)
  // Pausing takes its products out of the store's sales channels; resuming puts them back.
  syncCooperativeSaleStep(transform({ input }, ({ input }) => ({ cooperative_ids: [input.id] })))
  return new WorkflowResponse(cooperative)
})
