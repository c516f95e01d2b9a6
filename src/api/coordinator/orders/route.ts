import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorOrderListResponse } from "@cis/contract/coordinator-response"
import { asJson } from "@cis/contract/json-date"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import { readOrderTransfers } from "../../../workflows/steps/order-transfers"
import type { CoordinatorOrdersParamsType } from "../validators"
import { linesInLocale, portalLocale } from "../portal-locale"

type OrderRow = {
  id: string
  display_id: number
  created_at: Date
  status: string
  fulfillment_status: string
  items: { id: string; product_id: string | null; variant_id: string | null; title: string; variant_title: string | null; variant_sku: string | null; detail?: { raw_quantity?: { value: string } } | null }[]
}

/**
 * Recent orders with the caller's crafts in them, found through the
 * cooperative's own sale rows, showing only its own lines, the order's
 * status and whether its bank transfer is still awaited (such an order is
 * not to be prepared yet; `?payment=awaiting|ready` lists one kind): no
 * buyer name, email, phone or address ever leaves here, nor the order's id
 * (Medusa's key to the buyer's whole order): orders go by number.
 */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CoordinatorOrdersParamsType>, res: MedusaResponse<CoordinatorOrderListResponse>) => {
  const { cooperative_id } = res.locals.coordinator as { cooperative_id: string }
  const { limit, offset, payment } = req.validatedQuery
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const sales = await ledger.listLedgerEntries(
    { cooperative_id, account: "cooperative", type: "sale" },
    { select: ["order_id", "source_line_id", "created_at"], order: { created_at: "DESC" } }
  )
  const allOrderIds = [...new Set(sales.map((sale) => sale.order_id).filter((id): id is string => Boolean(id)))]
  const awaitingIds = new Set((await readOrderTransfers(req.scope, allOrderIds)).filter((o) => o.awaiting).map((o) => o.order_id))
  const orderIds = payment ? allOrderIds.filter((id) => awaitingIds.has(id) === (payment === "awaiting")) : allOrderIds
  const page = orderIds.slice(offset, offset + limit)
  const ownLines = new Set(sales.map((sale) => sale.source_line_id))
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = page.length
    ? await query.graph({
        entity: "order",
        fields: ["id", "display_id", "created_at", "status", "fulfillment_status", "items.id", "items.product_id", "items.variant_id", "items.title", "items.variant_title", "items.variant_sku", "items.detail.raw_quantity"],
        filters: { id: page },
      })
    : { data: [] }
  const rows = data as OrderRow[]
  // The coordinator reads every line in the portal's language, whichever the buyer shopped in.
  const translated = await linesInLocale(req.scope, rows.flatMap((order) => order.items), portalLocale(req))
  const lineById = new Map(translated.map((line) => [line.id, line]))
  const orders = rows
    .map((order) => ({
      // The number only: an order's id opens the buyer's address through Medusa's store route.
      display_id: order.display_id,
      created_at: order.created_at,
      status: order.status,
      fulfillment_status: order.fulfillment_status,
      awaiting_payment: awaitingIds.has(order.id),
      items: order.items
        .filter((item) => ownLines.has(item.id))
        .map((item) => lineById.get(item.id) ?? item)
        .map(({ id, product_id, title, variant_title, variant_sku, detail }) => ({
          id,
          product_id,
          title,
          variant_title,
          variant_sku,
          quantity: Number(detail?.raw_quantity?.value ?? 0),
        })),
    }))
    .sort((a, b) => new Date(b.created_at).getTime() - new Date(a.created_at).getTime())
  res.json({ orders: asJson(orders), count: orderIds.length, limit, offset })
}
