import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { AdminGetLedgerEntriesParamsType } from "./validators"

/** The ledger, newest first, filtered by cooperative, order, currency, type, account and date. Amounts in minor units. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetLedgerEntriesParamsType>, res: MedusaResponse) => {
  const { limit, offset, created_from, created_to, ...equal } = req.validatedQuery
  const filters: Record<string, unknown> = Object.fromEntries(Object.entries(equal).filter(([, value]) => value !== undefined))
  if (created_from || created_to) {
    filters.created_at = { ...(created_from ? { $gte: created_from } : {}), ...(created_to ? { $lte: created_to } : {}) }
  }
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const [ledger_entries, count] = await ledger.listAndCountLedgerEntries(filters, {
    skip: offset,
    take: limit,
    order: { created_at: "DESC", id: "ASC" },
  })
  res.json({ ledger_entries, count, limit, offset })
}
