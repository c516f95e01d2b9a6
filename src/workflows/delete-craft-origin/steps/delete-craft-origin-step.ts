import type { MedusaContainer } from "@medusajs/framework/types"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { softDeleteOneStep } from "../../steps/soft-delete-one-step"

export const deleteCraftOriginStepId = "delete-craft-origin"

const cooperativesOf = (container: MedusaContainer): CooperativeModuleService => container.resolve(COOPERATIVE_MODULE)

/** Soft-deletes a product's craft origin, so compensation can bring it back. */
export const deleteCraftOriginStep = softDeleteOneStep(deleteCraftOriginStepId, {
  find: async ({ product_id }: { product_id: string }, container) => (await cooperativesOf(container).listCraftOrigins({ product_id }, { take: 1 }))[0],
  notFound: ({ product_id }) => `Product ${product_id} has no craft origin`,
  softDelete: (id, container) => cooperativesOf(container).softDeleteCraftOrigins(id),
  restore: (id, container) => cooperativesOf(container).restoreCraftOrigins(id),
})
