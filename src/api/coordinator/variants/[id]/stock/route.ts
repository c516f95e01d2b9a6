import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorSetStockResponse } from "@cis/contract/coordinator-response"
import { asJson } from "@cis/contract/json-date"
import { MedusaError } from "@medusajs/framework/utils"
import { setVariantStockWorkflow } from "../../../../../workflows/set-variant-stock"
import { cooperativeStock } from "../../../cooperative-stock"
import type { CoordinatorSetStockType } from "../../../validators"

/**
 * Sets how many of one of the caller's variants are on the shelf at a
 * location (the only or first one, the CIS warehouse, by default). Another
 * cooperative's variant answers 404 like an unknown one. The count may not
 * go below what open orders have reserved.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CoordinatorSetStockType>, res: MedusaResponse<CoordinatorSetStockResponse>) => {
  const coordinator = res.locals.coordinator as { id: string; cooperative_id: string }
  const products = await cooperativeStock(req.scope, coordinator.cooperative_id)
  const product = products.find((p) => p.variants.some((v) => v.id === req.params.id))
  const variant = product?.variants.find((v) => v.id === req.params.id)
  if (!product || !variant) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant with id: ${req.params.id} was not found`)
  const { quantity, location_id, reason } = req.validatedBody
  const level = location_id ? variant.levels.find((l) => l.location_id === location_id) : variant.levels[0]
  if (!variant.inventory_item_id || !level) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `location_id: this variant has no stock kept at ${location_id ?? "any location"}`)
  }
  if (quantity < level.reserved_quantity) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `quantity: ${level.reserved_quantity} are reserved for orders not yet shipped; the count cannot go below that`
    )
  }
  const { result } = await setVariantStockWorkflow(req.scope).run({
    input: {
      cooperative_id: coordinator.cooperative_id,
      coordinator_id: coordinator.id,
      product_id: product.id,
      variant_id: variant.id,
      inventory_item_id: variant.inventory_item_id,
      location_id: level.location_id,
      from_quantity: level.stocked_quantity,
      to_quantity: quantity,
      reason: reason ?? null,
    },
  })
  res.json({ stock_change: asJson(result), available_quantity: quantity - level.reserved_quantity })
}
