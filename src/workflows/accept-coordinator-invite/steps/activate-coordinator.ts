import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const activateCoordinatorStepId = "activate-coordinator"

/** Active from now on (again, after a re-invite); the token is spent (its hash removed), so the link works once. */
export const activateCoordinatorStep = createStep(
  activateCoordinatorStepId,
  async ({ id }: { id: string }, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [before] = await cooperatives.listCoordinators({ id }, { take: 1 })
    const coordinator = await cooperatives.updateCoordinators({
      id,
      status: "active",
      activated_at: new Date(),
      deactivated_at: null,
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
      activated_at: before.activated_at,
      deactivated_at: before.deactivated_at,
      invite_token_hash: before.invite_token_hash,
      invite_expires_at: before.invite_expires_at,
    })
  }
)
