import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { AdminGetLedgerEntriesParamsType } from "./validators"

/** The ledger, newest first, filtered by cooperative, order, currency, type, account and date. Amounts in minor units. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetLedgerEntriesParamsType>, res: MedusaResponse) => {
  const { limit, offset, created_from, created_to, ...equal } = req.validatedQuery
  const filters: Record<string, unknown> = Object.fromEntries(Object.entries(equal).filter(([, value]) => value !== undefined))
  if (created_from || created_to) {
    filters.created_at = { ...(created_from ? { $gte: created_from } : {}), ...(created_to ? { $lte: created_to } : {}) }
  }
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [ledger_entries, count] = await cooperatives.listAndCountLedgerEntries(filters, {
    skip: offset,
    take: limit,
    order: { created_at: "DESC", id: "ASC" },
  })
  res.json({ ledger_entries, count, limit, offset })
}
