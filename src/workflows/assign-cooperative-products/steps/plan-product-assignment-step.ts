import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"

export interface AssignCooperativeProductsInput {
  cooperative_id: string
  add?: string[]
  remove?: string[]
}

const link = (productId: string, cooperativeId: string): LinkDefinition => ({
  [Modules.PRODUCT]: { product_id: productId },
  [COOPERATIVE_MODULE]: { cooperative_id: cooperativeId },
})

export const planProductAssignmentStepId = "plan-cooperative-product-assignment"

/**
 * Works out which product-cooperative links to drop and which to make. A
 * product has one cooperative: adding it here drops its link to any other,
 * so it moves rather than ending up with two. Touches nothing itself; the
 * workflow has already refused an unknown cooperative.
 */
export const planProductAssignmentStep = createStep(
  planProductAssignmentStepId,
  async ({ cooperative_id, add = [], remove = [] }: AssignCooperativeProductsInput, { container }) => {
    const both = add.filter((id) => remove.includes(id))
    if (both.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `add, remove: both name ${both.join(", ")}`)

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const ids = [...new Set([...add, ...remove])]
    const { data: products } = ids.length
      ? await query.graph({ entity: "product", fields: ["id", "cooperative.id"], filters: { id: ids } })
      : { data: [] }
    const current = new Map(products.map((product) => [product.id, product.cooperative?.id as string | undefined]))
    const unknownAdd = add.filter((id) => !current.has(id))
    const unknownRemove = remove.filter((id) => !current.has(id))
    const notHere = remove.filter((id) => current.has(id) && current.get(id) !== cooperative_id)
    const problems = [
      unknownAdd.length ? `add: no product with id ${unknownAdd.join(", ")}` : "",
      unknownRemove.length ? `remove: no product with id ${unknownRemove.join(", ")}` : "",
      notHere.length ? `remove: ${notHere.join(", ")} not assigned to this cooperative` : "",
    ].filter(Boolean)
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join("; "))

    const moving = add.filter((id) => current.get(id) !== cooperative_id)
    const dismiss = [
      ...moving.filter((id) => current.get(id)).map((id) => link(id, current.get(id)!)),
      ...remove.map((id) => link(id, cooperative_id)),
    ]
    const create = moving.map((id) => link(id, cooperative_id))
    return new StepResponse({ dismiss, create })
  }
)
