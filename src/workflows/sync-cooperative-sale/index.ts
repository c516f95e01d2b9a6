import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { syncCooperativeSaleStep } from "./steps/sync-cooperative-sale-step"

/** Puts cooperatives' products in or out of the store's sales channels by their status (paused: out). */
export const syncCooperativeSaleWorkflow = createWorkflow("sync-cooperative-sale", (input: { cooperative_ids: string[] }) => {
  return new WorkflowResponse(syncCooperativeSaleStep(input))
})
