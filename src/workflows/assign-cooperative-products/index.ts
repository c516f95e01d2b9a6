import { createRemoteLinkStep, dismissRemoteLinkStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { planProductAssignmentStep, type AssignCooperativeProductsInput } from "./plan-product-assignment-step"

/** Assigns products to a cooperative (moving them from any other) and unassigns others. */
export const assignCooperativeProductsWorkflow = createWorkflow(
  "assign-cooperative-products",
  (input: AssignCooperativeProductsInput) => {
    const plan = planProductAssignmentStep(input)
    // Medusa's link steps undo themselves if a later step fails.
    dismissRemoteLinkStep(transform({ plan }, ({ plan }) => plan.dismiss))
    createRemoteLinkStep(transform({ plan }, ({ plan }) => plan.create))
    return new WorkflowResponse(plan)
  }
)
