import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"

export const deleteCraftOriginStepId = "delete-craft-origin"

/** Soft-deletes a product's craft origin, so compensation can bring it back. */
export const deleteCraftOriginStep = createStep(
  deleteCraftOriginStepId,
  async ({ product_id }: { product_id: string }, { container }) => {
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [origin] = await cooperatives.listCraftOrigins({ product_id }, { take: 1 })
    if (!origin) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${product_id} has no craft origin`)
    await cooperatives.softDeleteCraftOrigins(origin.id)
    return new StepResponse({ id: origin.id }, origin.id)
  },
  async (id, { container }) => {
    if (!id) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    await cooperatives.restoreCraftOrigins(id)
  }
)
