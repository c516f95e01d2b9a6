import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

type Coordinator = Awaited<ReturnType<CooperativeModuleService["retrieveCoordinator"]>>
/** What activating or deactivating a coordinator changes, and its compensation puts back. */
type StatusFields = Pick<Coordinator, "status" | "activated_at" | "deactivated_at" | "invite_token_hash" | "invite_expires_at">

/**
 * A step that moves one coordinator to a new status (`fields`, read when the
 * step runs, so dates are the run's) and, if the workflow fails later,
 * restores every status field to what it held. An unknown id is a 404.
 */
export function coordinatorStatusStep(stepId: string, fields: () => Partial<StatusFields>) {
  return createStep(
    stepId,
    async ({ id }: { id: string }, { container }) => {
      const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
      const before = await cooperatives.retrieveCoordinator(id)
      const coordinator = await cooperatives.updateCoordinators({ id, ...fields() })
      return new StepResponse(coordinator, before)
    },
    async (before, { container }) => {
      if (!before) return
      const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
      const { id, status, activated_at, deactivated_at, invite_token_hash, invite_expires_at } = before
      await cooperatives.updateCoordinators({ id, status, activated_at, deactivated_at, invite_token_hash, invite_expires_at })
    }
  )
}
