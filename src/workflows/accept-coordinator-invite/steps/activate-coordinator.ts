import { coordinatorStatusStep } from "../../steps/coordinator-status-step"

export const activateCoordinatorStepId = "activate-coordinator"

/** Active from now on (again, after a re-invite); the token is spent (its hash removed), so the link works once. */
export const activateCoordinatorStep = coordinatorStatusStep(activateCoordinatorStepId, () => ({
  status: "active",
  activated_at: new Date(),
  deactivated_at: null,
  invite_token_hash: null,
  invite_expires_at: null,
}))
