import { coordinatorStatusStep } from "../../steps/coordinator-status-step"

export const deactivateCoordinatorStepId = "deactivate-coordinator"

/**
 * Deactivated coordinators are refused on their very next request (the
 * portal checks the status every time), and a pending invite dies with them.
 */
export const deactivateCoordinatorStep = coordinatorStatusStep(deactivateCoordinatorStepId, () => ({
  status: "deactivated",
  deactivated_at: new Date(),
  invite_token_hash: null,
  invite_expires_at: null,
}))
