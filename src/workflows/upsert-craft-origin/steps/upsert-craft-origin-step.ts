import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { CraftOriginDTO, CraftOriginFields } from "../../../modules/cooperative/types"

export type UpsertCraftOriginInput = CraftOriginFields & { product_id: string }

type Compensation = { created: string } | { restore: CraftOriginDTO }

export const upsertCraftOriginStepId = "upsert-craft-origin"

/** Writes a product's craft origin, creating it on first use. */
export const upsertCraftOriginStep = createStep(
  upsertCraftOriginStepId,
  async (input: UpsertCraftOriginInput, { container }) => {
    // retrieve answers 404 (NOT_FOUND) for an unknown product.
    await container.resolve(Modules.PRODUCT).retrieveProduct(input.product_id, { select: ["id"] })
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const [existing] = await cooperatives.listCraftOrigins({ product_id: input.product_id }, { take: 1 })
    if (existing) {
      const updated = await cooperatives.updateCraftOrigins({ ...input, id: existing.id })
      return new StepResponse(updated, { restore: existing } as Compensation)
    }
    const created = await cooperatives.createCraftOrigins(input)
    return new StepResponse(created, { created: created.id } as Compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) return
    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    if ("created" in compensation) {
      await cooperatives.deleteCraftOrigins(compensation.created)
      return
    }
    const { id, technique, materials, origin_municipality, origin_department, production_time, maker_notes } =
      compensation.restore
    await cooperatives.updateCraftOrigins({ id, technique, materials, origin_municipality, origin_department, production_time, maker_notes })
  }
)
