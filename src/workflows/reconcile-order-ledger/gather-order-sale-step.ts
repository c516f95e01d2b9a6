import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toMinorUnits } from "../../lib/currency"
import { saleEntries, type SaleEntryDraft } from "../../lib/sale-entries"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

type Raw = { value: string } | null | undefined
type OrderRow = {
  id: string
  currency_code: string
  items: { id: string; product_id: string | null; raw_subtotal: Raw; raw_discount_subtotal: Raw }[]
  shipping_methods: { id: string; raw_subtotal: Raw; raw_discount_subtotal: Raw }[]
}

/** Net of discounts, without tax: Medusa's `subtotal` less `discount_subtotal`, in both tax modes. */
function netMinor(subtotal: Raw, discount: Raw, currency: string): bigint {
  return toMinorUnits(subtotal?.value ?? "0", currency) - toMinorUnits(discount?.value ?? "0", currency)
}

/**
 * Reads a placed order and works out the sale entries it owes the ledger,
 * leaving out any already recorded, so a repeated event records nothing new.
 */
export const gatherOrderSaleStep = createStep(
  "gather-order-sale",
  async ({ order_id, created_by }: { order_id: string; created_by?: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    // Medusa computes line totals only when an order-level total is asked for too.
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "total",
        "items.id",
        "items.product_id",
        "items.raw_subtotal",
        "items.raw_discount_subtotal",
        "shipping_methods.id",
        "shipping_methods.raw_subtotal",
        "shipping_methods.raw_discount_subtotal",
      ],
      filters: { id: order_id },
    })
    const order = data[0] as unknown as OrderRow | undefined
    if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${order_id} was not found`)

    const productIds = [...new Set(order.items.map((item) => item.product_id).filter((id): id is string => Boolean(id)))]
    const { data: products } = productIds.length
      ? await query.graph({ entity: "product", fields: ["id", "cooperative.id", "cooperative.share_bps"], filters: { id: productIds } })
      : { data: [] }
    const cooperativeOf = new Map(
      (products as { id: string; cooperative?: { id: string; share_bps: number } | null }[]).map((p) => [p.id, p.cooperative ?? null])
    )

    const cooperatives: CooperativeModuleService = container.resolve(COOPERATIVE_MODULE)
    const drafts = saleEntries({
      order_id: order.id,
      currency_code: order.currency_code,
      community_fund_bps: await cooperatives.getCommunityFundBps(),
      created_by: created_by ?? "system:order.placed",
      lines: order.items.map((item) => ({
        id: item.id,
        product_id: item.product_id,
        base: netMinor(item.raw_subtotal, item.raw_discount_subtotal, order.currency_code),
        cooperative: item.product_id ? cooperativeOf.get(item.product_id) ?? null : null,
      })),
      shipping: order.shipping_methods.map((method) => ({
        id: method.id,
        base: netMinor(method.raw_subtotal, method.raw_discount_subtotal, order.currency_code),
      })),
    })

    const recorded = await cooperatives.listLedgerEntries({ order_id, type: "sale" }, { select: ["source_line_id", "account"] })
    const done = new Set(recorded.map((entry) => `${entry.source_line_id}/${entry.account}`))
    return new StepResponse(drafts.filter((draft) => !done.has(`${draft.source_line_id}/${draft.account}`)) as SaleEntryDraft[])
  }
)
