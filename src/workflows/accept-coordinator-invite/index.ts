import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { activateCoordinatorStep } from "./steps/activate-coordinator"
import { findInviteStep, type AcceptInviteInput } from "./steps/find-coordinator-invite"
import { setCoordinatorLoginStep } from "./steps/set-coordinator-login"

export type { AcceptInviteInput }

export const acceptCoordinatorInviteWorkflow = createWorkflow("accept-coordinator-invite", (input: AcceptInviteInput) => {
  const invite = findInviteStep(input)
  setCoordinatorLoginStep({ coordinator_id: invite.id, email: invite.email, password: input.password })
  return new WorkflowResponse(activateCoordinatorStep({ id: invite.id }))
})
