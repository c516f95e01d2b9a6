import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import { assertCooperativeExistsStep } from "../steps/assert-cooperative-exists"
import { syncCooperativeSaleStep } from "../sync-cooperative-sale/steps/sync-cooperative-sale-step"
import { planProductAssignmentStep, type AssignCooperativeProductsInput } from "./steps/plan-product-assignment-step"

/** Assigns products to a cooperative (moving them from any other) and unassigns others. */
export const assignCooperativeProductsWorkflow = createWorkflow(
  "assign-cooperative-products",
  (input: AssignCooperativeProductsInput) => {
    assertCooperativeExistsStep({ id: input.cooperative_id })
    const plan = planProductAssignmentStep(input)
    // Medusa's link steps undo themselves if a later step fails.
    dismissRemoteLinkStep(transform({ plan }, ({ plan }) => plan.dismiss))
    createRemoteLinkStep(transform({ plan }, ({ plan }) => plan.create))
    // A product leaving a paused cooperative is back on sale; one joining a paused cooperative leaves it.
    syncCooperativeSaleStep(
      transform({ plan, input }, ({ plan, input }) => ({
        cooperative_ids: [...plan.dismiss.map((link) => String(link[COOPERATIVE_MODULE]?.cooperative_id)), input.cooperative_id],
      }))
    )
    return new WorkflowResponse(plan)
  }
)
