import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCooperativeWorkflow } from "../../../workflows/create-cooperative"
import { retrieveAdminCooperative } from "./queries"
import type { AdminCooperativeListResponse, AdminCooperativeResponse, AdminCreateCooperativeBody } from "@cis/contract/cooperative"
import type { InvalidDataResponse } from "@cis/contract/invalid-data"
import { answerFailure } from "./rule-refusal"
import type { AdminGetCooperativesParamsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetCooperativesParamsType>, res: MedusaResponse<AdminCooperativeListResponse>) => {
  const { q, status, producer_group, department } = req.validatedQuery
  // Fields, page and order as Medusa worked them out from the query and query-config.ts.
  const { fields, pagination } = req.queryConfig
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (department) filters.department = department
  if (producer_group) filters.producer_groups = { $contains: [producer_group] }
  if (q) filters.$or = [{ name: { $ilike: `%${q}%` } }, { handle: { $ilike: `%${q}%` } }]

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "cooperative",
    // products.id always: product_count is counted from it.
    fields: [...new Set([...fields, "products.id"])],
    filters,
    pagination,
  })
  const cooperatives = data.map(({ products, ...cooperative }) => ({
    ...cooperative,
    product_count: (products ?? []).length,
  }))
  res.json({ cooperatives, count: metadata?.count ?? cooperatives.length, limit: pagination.take!, offset: pagination.skip! })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCooperativeBody>,
  res: MedusaResponse<AdminCooperativeResponse | InvalidDataResponse>
) => {
  const { result, errors } = await createCooperativeWorkflow(req.scope).run({ input: req.validatedBody, throwOnError: false })
  if (errors.length) return answerFailure(res, errors[0])
  res.status(201).json({ cooperative: await retrieveAdminCooperative(req.scope, result.id) })
}
