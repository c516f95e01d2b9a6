import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { CooperativeFields } from "../../../modules/cooperative/types"

export interface UpdateCooperativeInput {
  id: string
  update: Partial<CooperativeFields>
}

export const updateCooperativeStepId = "update-cooperative"
export const updateCooperativeStep = createStep(
  updateCooperativeStepId,
  async ({ id, update }: UpdateCooperativeInput, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const previous = await cooperatives.retrieveCooperative(id)
    const cooperative = await cooperatives.updateCooperatives({ id, ...update })
    // Only the fields this update touched are put back on compensation.
    const restore = Object.fromEntries(
      Object.keys(update).map((key) => [key, previous[key as keyof typeof previous]])
    ) as Partial<CooperativeFields>
    return new StepResponse(cooperative, { id, restore })
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperatives.updateCooperatives({ id: compensation.id, ...compensation.restore })
  }
)
