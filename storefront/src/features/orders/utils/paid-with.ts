import { paidWith, type PaidWith } from "@/lib/payment-providers"

/** The provider of the order's latest payment: a bank transfer and a card read differently. */
export function orderPaidWith(order: { payment_collections?: { payments?: { provider_id: string }[] | null }[] | null }): PaidWith {
  const payments = (order.payment_collections ?? []).flatMap((collection) => collection.payments ?? [])
  return paidWith(payments.at(-1)?.provider_id)
}
