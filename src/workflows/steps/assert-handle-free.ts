import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export const assertHandleFreeStepId = "assert-cooperative-handle-free"

/**
 * Handles are unique (the database enforces it too); checking first turns
 * the clash into a 400 that names the field instead of a database error.
 */
export const assertHandleFreeStep = createStep(
  assertHandleFreeStepId,
  async (input: { handle?: string; except_id?: string }, { container }) => {
    if (input.handle === undefined) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [clash] = await cooperatives.listCooperatives({ handle: input.handle }, { select: ["id", "name"], take: 1 })
    if (clash && clash.id !== input.except_id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `handle: "${input.handle}" is already used by the cooperative ${clash.name}`
      )
    }
  }
)
