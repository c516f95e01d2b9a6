import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminStockChangeListResponse } from "@cis/contract/stock-change-response"
import { asJson } from "@cis/contract/json-date"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { AdminGetStockChangesParamsType } from "./validators"

/** Every stock count coordinators set: who, when, from, to and why, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetStockChangesParamsType>, res: MedusaResponse<AdminStockChangeListResponse>) => {
  const { limit, offset, ...equal } = req.validatedQuery
  const filters = Object.fromEntries(Object.entries(equal).filter(([, value]) => value !== undefined))
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [stock_changes, count] = await cooperatives.listAndCountStockChanges(filters, { skip: offset, take: limit, order: { created_at: "DESC", id: "ASC" } })
  res.json({ stock_changes: asJson(stock_changes), count, limit, offset })
}
