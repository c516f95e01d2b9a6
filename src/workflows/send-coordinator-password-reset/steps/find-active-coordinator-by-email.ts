import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const findActiveCoordinatorStepId = "find-active-coordinator-by-email"

/** Only an active coordinator gets a reset link: an invited one uses the invite, a deactivated one asks CIS. Read-only, so nothing to undo. */
export const findActiveCoordinatorStep = createStep(findActiveCoordinatorStepId, async ({ email }: { email: string }, { container }) => {
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const [coordinator] = await cooperatives.listCoordinators({ email, status: "active" }, { select: ["id", "email", "name"], take: 1 })
  return new StepResponse(coordinator ? { id: coordinator.id, email: coordinator.email, name: coordinator.name } : null)
})
