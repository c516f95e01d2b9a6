import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { upsertTransferInstructionsStep, type TransferInstructionsInput } from "./steps/upsert-transfer-instructions-step"

export type { TransferInstructionsInput } from "./steps/upsert-transfer-instructions-step"

/** Staff set where buyers paying in one currency send their transfer. */
export const upsertTransferInstructionsWorkflow = createWorkflow("upsert-transfer-instructions", (input: TransferInstructionsInput) =>
  new WorkflowResponse(upsertTransferInstructionsStep(input))
)
