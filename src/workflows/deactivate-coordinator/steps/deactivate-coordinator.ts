import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const deactivateCoordinatorStepId = "deactivate-coordinator"

/**
 * Deactivated coordinators are refused on their very next request (the
 * portal checks the status every time), and a pending invite dies with them.
 */
export const deactivateCoordinatorStep = createStep(
  deactivateCoordinatorStepId,
  async ({ id }: { id: string }, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const before = await cooperatives.retrieveCoordinator(id)
    const coordinator = await cooperatives.updateCoordinators({
      id,
      status: "deactivated",
      deactivated_at: new Date(),
      invite_token_hash: null,
      invite_expires_at: null,
    })
    return new StepResponse(coordinator, before)
  },
  async (before, { container }) => {
    if (!before) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperatives.updateCoordinators({
      id: before.id,
      status: before.status,
      deactivated_at: before.deactivated_at,
      invite_token_hash: before.invite_token_hash,
      invite_expires_at: before.invite_expires_at,
    })
  }
)
