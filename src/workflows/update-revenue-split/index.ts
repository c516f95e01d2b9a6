import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { assertSharesFitStep } from "../steps/assert-shares-fit"
import { updateRevenueSplitStep } from "./steps/update-revenue-split-step"

export const updateRevenueSplitWorkflow = createWorkflow(
  "update-revenue-split",
  (input: { community_fund_bps: number }) => {
    assertSharesFitStep({ community_fund_bps: input.community_fund_bps })
    return new WorkflowResponse(updateRevenueSplitStep(input))
  }
)
