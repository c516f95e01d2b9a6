import { skipToken, useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { paidWith, type PaidWith } from "@/lib/payment-providers"
import type { StoreOrderPaymentResponse, TransferDue } from "@cis/contract/order-payment-response"
import { orderKeys } from "./query-keys"

export type { TransferDue }

export type OrderPayment = { paidWith: PaidWith; captured: boolean; transfer: TransferDue | null }

/**
 * How an order was paid (card or bank transfer) and whether the money was
 * taken, for the confirmation and the lookup. The store's own route: the
 * store refuses to serve the payments themselves, whose data would include a
 * card's client secret.
 */
export async function getOrderPayment(orderId: string): Promise<OrderPayment> {
  const sdk = await getMedusa()
  const { payment } = await sdk.client.fetch<StoreOrderPaymentResponse>(
    `/store/orders/${encodeURIComponent(orderId)}/payment`
  )
  return { paidWith: paidWith(payment.provider_id), captured: payment.captured, transfer: payment.transfer ?? null }
}

export function useOrderPayment(orderId: string | undefined) {
  return useQuery({
    queryKey: orderId ? orderKeys.payment(orderId) : [...orderKeys.all, "payment"],
    queryFn: orderId ? () => getOrderPayment(orderId) : skipToken,
    staleTime: 60_000,
  })
}
