import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminLedgerEntry, AdminLedgerEntryListResponse } from "@cis/contract/ledger-entry-response"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listPage } from "../list-page"
import type { AdminGetLedgerEntriesParamsType } from "./validators"

/** The ledger, newest first, filtered by cooperative, order, currency, type, account and date. Amounts in minor units. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetLedgerEntriesParamsType>, res: MedusaResponse<AdminLedgerEntryListResponse>) => {
  const { created_from, created_to, ...equal } = req.filterableFields as Omit<AdminGetLedgerEntriesParamsType, "limit" | "offset">
  const filters: Record<string, unknown> = equal
  if (created_from || created_to) {
    filters.created_at = { ...(created_from ? { $gte: created_from } : {}), ...(created_to ? { $lte: created_to } : {}) }
  }
  // The order's number is not a column: asked for (as by default), it is looked up from the row's order_id.
  const { fields } = req.queryConfig
  const withNumber = fields.includes("order_display_id")
  const columns = withNumber ? [...new Set([...fields.filter((field) => field !== "order_display_id"), "order_id"])] : fields
  const { rows, ...page } = await listPage<AdminLedgerEntry>(req, "ledger_entry", filters, { created_at: "DESC", id: "ASC" }, columns)
  if (!withNumber) return res.json({ ledger_entries: rows, ...page })

  // Staff know orders by their number (#1042), as Medusa's order list shows them, not by order_01… ids.
  const orderIds = [...new Set(rows.map((entry) => entry.order_id).filter((id): id is string => Boolean(id)))]
  const numberOf = new Map<string, number>()
  if (orderIds.length) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data: orders } = await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds }, withDeleted: true })
    for (const order of orders as { id: string; display_id: number }[]) numberOf.set(order.id, order.display_id)
  }
  const keepOrderId = fields.includes("order_id")
  res.json({
    ledger_entries: rows.map(({ order_id, ...entry }) => ({
      ...entry,
      ...(keepOrderId ? { order_id } : {}),
      order_display_id: order_id ? numberOf.get(order_id) ?? null : null,
    })) as AdminLedgerEntry[],
    ...page,
  })
}
