import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_COOPERATIVE_QUERY_FIELDS, toPublicCooperative } from "./public-cooperative"
import type { StoreGetCooperativesParamsType } from "./validators"

/** Active cooperatives' public profiles, by producer group and department. */
export const GET = async (req: MedusaRequest<unknown, StoreGetCooperativesParamsType>, res: MedusaResponse) => {
  const { producer_group, department, limit, offset } = req.validatedQuery
  const filters: Record<string, unknown> = { status: "active" }
  if (department) filters.department = department
  if (producer_group) filters.producer_groups = { $contains: [producer_group] }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "cooperative",
    fields: PUBLIC_COOPERATIVE_QUERY_FIELDS,
    filters,
    pagination: { skip: offset, take: limit, order: { name: "ASC" } },
  })
  res.json({ cooperatives: data.map(toPublicCooperative), count: metadata?.count ?? data.length, limit, offset })
}
