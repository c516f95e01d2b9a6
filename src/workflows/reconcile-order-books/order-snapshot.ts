/**
 * Reads orders as the ledger needs them and turns each into the pure
 * OrderSnapshot the books are computed from (src/lib/order-books.ts).
 * Shared by the reconcile workflow and the ledger check, so both judge an
 * order by the same reading of Medusa.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import { BigNumber, ContainerRegistrationKeys, decorateCartTotals, MathBN } from "@medusajs/framework/utils"
import type { RefundPolicy } from "@cis/contract/cooperative-vocabulary"
import type { OrderSnapshot } from "../../lib/order-books"

type Raw = { value: string } | null | undefined
type TaxLine = { rate: number }
type Adjustment = { raw_amount: Raw; is_tax_inclusive?: boolean | null; version?: number | null }

export interface OrderForBooks {
  id: string
  display_id: number
  currency_code: string
  status: string
  is_draft_order?: boolean | null
  created_at: Date | string
  items: {
    id: string
    product_id: string | null
    raw_unit_price: Raw
    raw_quantity: Raw
    is_tax_inclusive: boolean
    tax_lines?: TaxLine[] | null
    adjustments?: Adjustment[] | null
    detail?: { raw_quantity?: Raw; raw_unit_price?: Raw; raw_return_received_quantity?: Raw; raw_return_dismissed_quantity?: Raw } | null
  }[]
  shipping_methods: {
    id: string
    raw_amount: Raw
    is_tax_inclusive: boolean
    tax_lines?: TaxLine[] | null
    adjustments?: Adjustment[] | null
  }[]
  payment_collections?: { payments?: { id: string; captures?: { raw_amount: Raw }[] | null; refunds?: { raw_amount: Raw }[] | null }[] | null }[] | null
}

export const ORDER_FOR_BOOKS_FIELDS = [
  "id",
  "display_id",
  "currency_code",
  "status",
  "is_draft_order",
  "created_at",
  "items.id",
  "items.product_id",
  "items.raw_unit_price",
  "items.raw_quantity",
  "items.is_tax_inclusive",
  "items.tax_lines.rate",
  "items.adjustments.raw_amount",
  "items.adjustments.is_tax_inclusive",
  "items.adjustments.version",
  // Asked for through the item's detail too: once any detail field is asked for, Medusa fills the item's
  // quantity and price from the detail (where order edits put them), and only with the detail fields asked.
  "items.detail.raw_quantity",
  "items.detail.raw_unit_price",
  "items.detail.raw_return_received_quantity",
  "items.detail.raw_return_dismissed_quantity",
  "shipping_methods.id",
  "shipping_methods.raw_amount",
  "shipping_methods.is_tax_inclusive",
  "shipping_methods.tax_lines.rate",
  "shipping_methods.adjustments.raw_amount",
  "shipping_methods.adjustments.is_tax_inclusive",
  "shipping_methods.adjustments.version",
  "payment_collections.payments.id",
  "payment_collections.payments.captures.raw_amount",
  "payment_collections.payments.refunds.raw_amount",
]

/** Whether Medusa linked the order to the buyer's payment collection: every completed checkout is; an orphan of a crash is not. */
export const hasPaymentCollection = (order: Pick<OrderForBooks, "payment_collections">) => (order.payment_collections ?? []).length > 0

export type CooperativeTerms = { id: string; share_bps: number; refund_policy: RefundPolicy }

/** What the first recording of an order fixed: each line's cooperative and share, and the fund's share. */
export interface FrozenTerms {
  lines: Map<string, { cooperative_id: string | null; share_bps: number }>
  community_fund_bps: number | null
}

const value = (raw: Raw) => raw?.value ?? "0"
/**
 * A figure as Medusa hands it out (its `raw_` values: 20 significant digits),
 * so the books read the same numbers as the order's own totals and the check:
 * rounded any finer, a tax of exactly x.xx5 read as x.xx4999… rounds the other way.
 */
const asMedusaRaw = (n: unknown) => (new BigNumber(n as string).raw as { value: string }).value
const count = (raw: Raw) => {
  const n = Number(value(raw))
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`quantity ${value(raw)} is not a whole number`)
  return n
}

type ItemForBooks = OrderForBooks["items"][number]
// A missing figure would silently book a line at zero: fail instead (the event is retried, the check names the order).
function required(raw: Raw, what: string, item: ItemForBooks): Raw {
  if (!raw?.value) throw new Error(`order line ${item.id} came without its ${what}`)
  return raw
}
const quantityOf = (item: ItemForBooks) => required(item.raw_quantity ?? item.detail?.raw_quantity, "quantity", item)
const unitPriceOf = (item: ItemForBooks) => required(item.detail?.raw_unit_price ?? item.raw_unit_price, "unit price", item)

/**
 * Adjustments are copied to each new order version by an order change; read
 * while an edit is being confirmed, a line can come with both versions' copies
 * (measured: the discount counted twice). Only the newest version's count.
 */
function currentAdjustments(adjustments: Adjustment[] | null | undefined): Adjustment[] {
  const list = adjustments ?? []
  const newest = list.reduce((max, a) => Math.max(max, a.version ?? 0), 0)
  return list.filter((a) => (a.version ?? 0) === newest)
}

/**
 * The order as sold, with returns set aside: Medusa's own totals function
 * (the one the order module uses) over the lines at their full quantity, so
 * every figure is Medusa's, not a re-implementation of its tax and discount rules.
 */
function soldTotals(order: OrderForBooks) {
  const cartLike = {
    currency_code: order.currency_code,
    items: order.items.map((item) => ({
      id: item.id,
      unit_price: value(unitPriceOf(item)),
      quantity: value(quantityOf(item)),
      is_tax_inclusive: item.is_tax_inclusive,
      tax_lines: (item.tax_lines ?? []).map((line) => ({ rate: line.rate })),
      adjustments: currentAdjustments(item.adjustments).map((a) => ({ amount: value(a.raw_amount), is_tax_inclusive: a.is_tax_inclusive ?? false })),
    })),
    shipping_methods: order.shipping_methods.map((method) => ({
      id: method.id,
      amount: value(method.raw_amount),
      is_tax_inclusive: method.is_tax_inclusive,
      tax_lines: (method.tax_lines ?? []).map((line) => ({ rate: line.rate })),
      adjustments: currentAdjustments(method.adjustments).map((a) => ({ amount: value(a.raw_amount), is_tax_inclusive: a.is_tax_inclusive ?? false })),
    })),
  }
  const decorated = decorateCartTotals(cartLike as never) as unknown as {
    items: { id: string; subtotal: unknown; discount_subtotal: unknown; tax_total: unknown }[]
    shipping_methods: { id: string; subtotal: unknown; discount_subtotal: unknown; tax_total: unknown }[]
  }
  const net = (t: { subtotal: unknown; discount_subtotal: unknown }) => MathBN.sub(asMedusaRaw(t.subtotal), asMedusaRaw(t.discount_subtotal)).toFixed()
  return {
    items: new Map(decorated.items.map((t) => [t.id, { net: net(t), tax: asMedusaRaw(t.tax_total) }])),
    shipping: new Map(decorated.shipping_methods.map((t) => [t.id, { net: net(t), tax: asMedusaRaw(t.tax_total) }])),
  }
}

export function toOrderSnapshot(
  order: OrderForBooks,
  terms: { frozen: FrozenTerms; cooperativeOfProduct: Map<string, CooperativeTerms>; policyOf: Map<string, RefundPolicy>; community_fund_bps: number }
): OrderSnapshot {
  const sold = soldTotals(order)
  const payments = (order.payment_collections ?? []).flatMap((c) => c.payments ?? [])
  const sum = (list: { raw_amount: Raw }[]) => list.reduce((total, x) => MathBN.add(total, value(x.raw_amount)), MathBN.convert(0)).toFixed()
  return {
    order_id: order.id,
    currency_code: order.currency_code,
    canceled: order.status === "canceled",
    community_fund_bps: terms.frozen.community_fund_bps ?? terms.community_fund_bps,
    items: order.items.map((item) => {
      const frozen = terms.frozen.lines.get(item.id)
      const current = item.product_id ? terms.cooperativeOfProduct.get(item.product_id) : undefined
      const cooperativeId = frozen ? frozen.cooperative_id : current?.id ?? null
      const shareBps = frozen ? frozen.share_bps : current?.share_bps ?? 0
      return {
        id: item.id,
        product_id: item.product_id,
        net: sold.items.get(item.id)!.net,
        tax: sold.items.get(item.id)!.tax,
        quantity: count(quantityOf(item)),
        returned_quantity: count(item.detail?.raw_return_received_quantity) + count(item.detail?.raw_return_dismissed_quantity),
        cooperative: cooperativeId
          ? { id: cooperativeId, share_bps: shareBps, refund_policy: terms.policyOf.get(cooperativeId) ?? "organization_absorbs" }
          : null,
      }
    }),
    shipping: order.shipping_methods.map((method) => ({ id: method.id, ...sold.shipping.get(method.id)! })),
    captured: sum(payments.flatMap((p) => p.captures ?? [])),
    refunded: sum(payments.flatMap((p) => p.refunds ?? [])),
  }
}

/** The recorded terms of an order's first recording (sale rows carry each line's cooperative and shares). */
export function frozenTerms(rows: { type: string; account: string; source: string; source_line_id: string | null; cooperative_id: string | null; share_bps: number }[]): FrozenTerms {
  const lines = new Map<string, { cooperative_id: string | null; share_bps: number }>()
  let community_fund_bps: number | null = null
  for (const row of rows) {
    if (row.type !== "sale" || row.source !== "order_item" || !row.source_line_id) continue
    if (row.account === "cooperative" && !lines.has(row.source_line_id)) lines.set(row.source_line_id, { cooperative_id: row.cooperative_id, share_bps: row.share_bps })
    if (row.account === "community_fund" && community_fund_bps === null) community_fund_bps = row.share_bps
  }
  // A line recorded without a cooperative row (nobody made it) keeps having none.
  for (const row of rows) {
    if (row.type === "sale" && row.source === "order_item" && row.source_line_id && !lines.has(row.source_line_id) && !row.cooperative_id) {
      lines.set(row.source_line_id, { cooperative_id: null, share_bps: 0 })
    }
  }
  return { lines, community_fund_bps }
}

/** The orders, and the cooperatives of their products and of their recorded lines, in three queries. */
export async function readOrdersForBooks(
  container: MedusaContainer,
  orderIds: string[],
  extraFields: string[] = []
): Promise<{ orders: OrderForBooks[]; cooperativeOfProduct: Map<string, CooperativeTerms>; policyOf: (ids: string[]) => Promise<Map<string, RefundPolicy>> }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: [...ORDER_FOR_BOOKS_FIELDS, ...extraFields], filters: { id: orderIds } })
  const orders = data as unknown as OrderForBooks[]
  const productIds = [...new Set(orders.flatMap((o) => o.items.map((i) => i.product_id)).filter((id): id is string => Boolean(id)))]
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: ["id", "cooperative.id", "cooperative.share_bps", "cooperative.refund_policy"],
        filters: { id: productIds },
        withDeleted: true,
      })
    : { data: [] }
  const cooperativeOfProduct = new Map<string, CooperativeTerms>()
  for (const p of products as { id: string; cooperative?: CooperativeTerms | null }[]) {
    if (p.cooperative) cooperativeOfProduct.set(p.id, p.cooperative)
  }
  const policyOf = async (ids: string[]) => {
    const known = new Map<string, RefundPolicy>([...cooperativeOfProduct.values()].map((c) => [c.id, c.refund_policy]))
    const missing = ids.filter((id) => !known.has(id))
    if (missing.length) {
      const { data: rows } = await query.graph({ entity: "cooperative", fields: ["id", "refund_policy"], filters: { id: missing }, withDeleted: true })
      for (const c of rows as { id: string; refund_policy: RefundPolicy }[]) known.set(c.id, c.refund_policy)
    }
    return known
  }
  return { orders, cooperativeOfProduct, policyOf }
}
