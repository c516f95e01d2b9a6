import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CooperativeFields } from "../../modules/cooperative/types"
import { assertHandleFreeStep } from "../steps/assert-handle-free"
import { assertSharesFitStep } from "../steps/assert-shares-fit"
import { createCooperativeStep } from "./steps/create-cooperative-step"

export const createCooperativeWorkflow = createWorkflow("create-cooperative", (input: CooperativeFields) => {
  assertSharesFitStep({ share_bps: input.share_bps })
  assertHandleFreeStep({ handle: input.handle })
  return new WorkflowResponse(createCooperativeStep(input))
})
