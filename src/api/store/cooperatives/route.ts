import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isListed, PUBLIC_COOPERATIVE_QUERY_FIELDS, toPublicCooperative } from "./public-cooperative"
import type { StoreGetCooperativesParamsType } from "./validators"

/**
 * Active cooperatives' public profiles, by producer group and department.
 * Only those a buyer can do something with are listed: at least one published
 * craft and a story (a new cooperative staff are still setting up would be a
 * dead end). Their profile pages stay reachable by handle. Cooperatives
 * number in the tens, so the rule is applied over all of them and the page
 * cut afterwards, keeping `count` true.
 */
export const GET = async (req: MedusaRequest<unknown, StoreGetCooperativesParamsType>, res: MedusaResponse) => {
  const { producer_group, department, limit, offset } = req.validatedQuery
  const filters: Record<string, unknown> = { status: "active" }
  if (department) filters.department = department
  if (producer_group) filters.producer_groups = { $contains: [producer_group] }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cooperative",
    fields: PUBLIC_COOPERATIVE_QUERY_FIELDS,
    filters,
    pagination: { order: { name: "ASC" } },
  }, { locale: req.locale }) // crafts in the reader's language, from Medusa's translation module
  const listed = data.map(toPublicCooperative).filter(isListed)
  res.json({ cooperatives: listed.slice(offset, offset + limit), count: listed.length, limit, offset })
}
