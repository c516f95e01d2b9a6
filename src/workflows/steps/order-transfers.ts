import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { toMinorUnits } from "@cis/contract/currency"
import { BANK_TRANSFER_PROVIDER } from "../../lib/transfer-due"

type Raw = { value: string } | null | undefined
export type Amount = number | string | { value?: string; toJSON?: () => unknown } | null | undefined

/** Medusa hands amounts out as numbers, strings, raw `{ value }` objects or BigNumbers; all become a decimal string. */
export function decimalText(amount: Amount): string {
  if (amount === null || amount === undefined) return "0"
  if (typeof amount === "number" || typeof amount === "string") return String(amount)
  if (typeof amount.value === "string") return amount.value
  if (typeof amount.toJSON === "function") return String(amount.toJSON())
  throw new TypeError(`not an amount: ${JSON.stringify(amount)}`)
}
type PaymentRow = { id: string; provider_id: string; raw_amount: Raw; captured_at: Date | string | null; canceled_at: Date | string | null; created_at: Date | string }
type OrderRow = {
  id: string
  display_id: number
  email: string | null
  locale: string | null
  currency_code: string
  status: string
  created_at: Date | string
  raw_total?: Raw
  total: Amount
  payment_collections?: { payments?: PaymentRow[] | null }[] | null
}

/** An order as the bank-transfer features see it: how it is paid, and what is still due. Amounts in minor units. */
export interface OrderTransfer {
  order_id: string
  display_id: number
  email: string | null
  locale: string | null
  currency_code: string
  status: string
  created_at: Date
  total: number
  /** The latest payment, or null before one exists. */
  payment: { id: string; provider_id: string; amount: number; captured: boolean; canceled: boolean } | null
  /** Paid by bank transfer, not yet received, and the order still open. */
  awaiting: boolean
  amount_due: number
}

export const ORDER_TRANSFER_FIELDS = [
  "id",
  "display_id",
  "email",
  "locale",
  "currency_code",
  "status",
  "created_at",
  "total",
  "payment_collections.payments.id",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.raw_amount",
  "payment_collections.payments.captured_at",
  "payment_collections.payments.canceled_at",
  "payment_collections.payments.created_at",
]

export function toOrderTransfer(order: OrderRow): OrderTransfer {
  const latest = (order.payment_collections ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    .at(-1)
  const payment = latest
    ? {
        id: latest.id,
        provider_id: latest.provider_id,
        amount: Number(toMinorUnits(latest.raw_amount?.value ?? "0", order.currency_code)),
        captured: Boolean(latest.captured_at),
        canceled: Boolean(latest.canceled_at),
      }
    : null
  const awaiting = order.status !== "canceled" && payment?.provider_id === BANK_TRANSFER_PROVIDER && !payment.captured && !payment.canceled
  return {
    order_id: order.id,
    display_id: order.display_id,
    email: order.email,
    locale: order.locale,
    currency_code: order.currency_code,
    status: order.status,
    created_at: new Date(order.created_at),
    total: Number(toMinorUnits(decimalText(order.raw_total ?? order.total), order.currency_code)),
    payment,
    awaiting,
    amount_due: awaiting ? payment!.amount : 0,
  }
}

/** The orders with these ids (unknown ids are left out). */
export async function readOrderTransfers(container: MedusaContainer, orderIds: string[]): Promise<OrderTransfer[]> {
  if (orderIds.length === 0) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_TRANSFER_FIELDS, filters: { id: orderIds, is_draft_order: false } })
  return (data as unknown as OrderRow[]).map(toOrderTransfer)
}

/**
 * Every order waiting for a bank transfer: found from the uncaptured manual
 * payments (few), not by scanning orders (many stay "pending" for good).
 */
export async function listAwaitingTransfers(container: MedusaContainer): Promise<OrderTransfer[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({
    entity: "payment",
    fields: ["id", "payment_collection.order.id"],
    filters: { provider_id: BANK_TRANSFER_PROVIDER, captured_at: null, canceled_at: null },
  })
  const orderIds = [
    ...new Set(
      (payments as unknown as { payment_collection?: { order?: { id: string } | null } | null }[])
        .map((payment) => payment.payment_collection?.order?.id)
        .filter((id): id is string => Boolean(id))
    ),
  ]
  const orders = await readOrderTransfers(container, orderIds)
  return orders.filter((order) => order.awaiting).sort((a, b) => a.created_at.getTime() - b.created_at.getTime())
}
