import { createStep } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export const assertCooperativeExistsStepId = "assert-cooperative-exists"
export const assertCooperativeExistsStep = createStep(assertCooperativeExistsStepId, async ({ id }: { id: string }, { container }) => {
  const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
  // retrieve answers 404 (NOT_FOUND) for an unknown id.
  await cooperatives.retrieveCooperative(id, { select: ["id"] })
})
