import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type {
  AdminCraftOriginDeleteResponse,
  AdminCraftOriginResponse,
  AdminProductCraftOriginResponse,
} from "@cis/contract/craft-origin-response"
import { asJson } from "@cis/contract/json-date"
import { deleteCraftOriginWorkflow } from "../../../../../workflows/delete-craft-origin"
import { upsertCraftOriginWorkflow } from "../../../../../workflows/upsert-craft-origin"
import type { AdminUpsertCraftOriginType } from "./validators"

/** The product's craft origin and its cooperative, as the product page widget shows them. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminProductCraftOriginResponse>) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "craft_origin.*", "cooperative.id", "cooperative.handle", "cooperative.name", "cooperative.status"],
    filters: { id: req.params.id },
  })
  if (!data.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${req.params.id} was not found`)
  const [product] = data
  res.json({ craft_origin: product.craft_origin ?? null, cooperative: product.cooperative ?? null })
}

export const POST = async (req: AuthenticatedMedusaRequest<AdminUpsertCraftOriginType>, res: MedusaResponse<AdminCraftOriginResponse>) => {
  const { result } = await upsertCraftOriginWorkflow(req.scope).run({
    input: { ...req.validatedBody, product_id: req.params.id },
  })
  res.json({ craft_origin: asJson(result) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCraftOriginDeleteResponse>) => {
  const { result } = await deleteCraftOriginWorkflow(req.scope).run({ input: { product_id: req.params.id } })
  res.json({ id: result.id, object: "craft_origin", deleted: true })
}
