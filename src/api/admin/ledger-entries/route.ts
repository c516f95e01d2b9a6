import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLedgerEntryListResponse } from "@cis/contract/ledger-entry-response"
import { asJson } from "@cis/contract/json-date"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { AdminGetLedgerEntriesParamsType } from "./validators"

/** The ledger, newest first, filtered by cooperative, order, currency, type, account and date. Amounts in minor units. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetLedgerEntriesParamsType>, res: MedusaResponse<AdminLedgerEntryListResponse>) => {
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
  // Staff know orders by their number (#1042), as Medusa's order list shows them, not by order_01… ids.
  const orderIds = [...new Set(ledger_entries.map((entry) => entry.order_id).filter((id): id is string => Boolean(id)))]
  const numberOf = new Map<string, number>()
  if (orderIds.length) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds }, withDeleted: true })
    for (const order of orders as { id: string; display_id: number }[]) numberOf.set(order.id, order.display_id)
  }
  res.json({
    ledger_entries: asJson(ledger_entries).map((entry) => ({ ...entry, order_display_id: entry.order_id ? numberOf.get(entry.order_id) ?? null : null })),
    count,
    limit,
    offset,
  })
}
