import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export const assertCooperativeExistsStepId = "assert-cooperative-exists"
export const assertCooperativeExistsStep = createStep(
  assertCooperativeExistsStepId, async ({ id }: { id: string }, { container }) => {
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  const [found] = await cooperatives.listCooperatives({ id }, { select: ["id"], take: 1 })
  if (!found) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with id: ${id} was not found`)
})
