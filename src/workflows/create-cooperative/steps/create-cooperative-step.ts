import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { CooperativeFields } from "../../../modules/cooperative/types"

export const createCooperativeStepId = "create-cooperative"
export const createCooperativeStep = createStep(
  createCooperativeStepId,
  async (input: CooperativeFields, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    // Crafts are optional in the API but a list in the table: none yet is an empty list.
    const cooperative = await cooperatives.createCooperatives({ crafts: [], ...input })
    return new StepResponse(cooperative, cooperative.id)
  },
  async (id, { container }) => {
    if (!id) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperatives.deleteCooperatives(id)
  }
)
