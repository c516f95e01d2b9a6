import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorLedgerEntryListResponse } from "@cis/contract/ledger-entry-response"
import { asJson } from "@cis/contract/json-date"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { CoordinatorListParamsType } from "../validators"

/** The caller's cooperative's own ledger rows (its share of each sale, reversals, adjustments), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CoordinatorListParamsType>, res: MedusaResponse<CoordinatorLedgerEntryListResponse>) => {
  const { cooperative_id } = res.locals.coordinator as { cooperative_id: string }
  const { limit, offset } = req.validatedQuery
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const [ledger_entries, count] = await ledger.listAndCountLedgerEntries(
    { cooperative_id, account: "cooperative" },
    {
      select: ["id", "type", "state", "source", "order_id", "product_id", "currency_code", "amount", "base_amount", "share_bps", "reason", "payout_id", "created_at"],
      skip: offset,
      take: limit,
      order: { created_at: "DESC", id: "ASC" },
    }
  )
  // Orders go by their number: an order's id opens the buyer's address through Medusa's store route.
  const orderIds = [...new Set(ledger_entries.map((entry) => entry.order_id).filter((id): id is string => Boolean(id)))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = orderIds.length
    ? await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
    : { data: [] }
  const numberOf = new Map((orders as { id: string; display_id: number }[]).map((order) => [order.id, order.display_id]))
  res.json({
    ledger_entries: asJson(ledger_entries).map(({ order_id, ...entry }) => ({ ...entry, order_display_id: order_id ? numberOf.get(order_id) ?? null : null })),
    count,
    limit,
    offset,
  })
}
