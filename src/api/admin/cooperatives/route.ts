import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCooperativeWorkflow } from "../../../workflows/create-cooperative"
import { ADMIN_COOPERATIVE_FIELDS, retrieveAdminCooperative } from "./queries"
import type { AdminCooperativeListResponse, AdminCooperativeResponse, AdminCreateCooperativeBody } from "@cis/contract/cooperative"
import type { InvalidDataResponse } from "@cis/contract/invalid-data"
import { answerFailure } from "./rule-refusal"
import type { AdminGetCooperativesParamsType } from "./validators"

export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetCooperativesParamsType>, res: MedusaResponse<AdminCooperativeListResponse>) => {
  const { q, status, producer_group, department, limit = 20, offset = 0, order = "name" } = req.validatedQuery
  const filters: Record<string, unknown> = {}
  if (status) filters.status = status
  if (department) filters.department = department
  if (producer_group) filters.producer_groups = { $contains: [producer_group] }
  if (q) filters.$or = [{ name: { $ilike: `%${q}%` } }, { handle: { $ilike: `%${q}%` } }]

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const field = order.replace(/^-/, "")
  const { data, metadata } = await query.graph({
    entity: "cooperative",
    fields: [...ADMIN_COOPERATIVE_FIELDS, "products.id"],
    filters,
    pagination: { skip: offset, take: limit, order: { [field]: order.startsWith("-") ? "DESC" : "ASC" } },
  })
  const cooperatives = data.map(({ products, ...cooperative }) => ({
    ...cooperative,
    product_count: (products ?? []).length,
  }))
  res.json({ cooperatives, count: metadata?.count ?? cooperatives.length, limit, offset })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCooperativeBody>,
  res: MedusaResponse<AdminCooperativeResponse | InvalidDataResponse>
) => {
  const { result, errors } = await createCooperativeWorkflow(req.scope).run({ input: req.validatedBody, throwOnError: false })
  if (errors.length) return answerFailure(res, errors[0])
  res.status(201).json({ cooperative: await retrieveAdminCooperative(req.scope, result.id) })
}
