import { skipToken, useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { paidWith, type PaidWith } from "@/lib/payment-providers"
import type { TransferDetails } from "@cis/contract/transfer-instructions-response"
import { orderKeys } from "./query-keys"

/** What a buyer paying by bank transfer must send; amounts in MINOR units. */
export interface TransferDue {
  amount_due: number
  currency_code: string
  reference: string
  deadline: string
  instructions: TransferDetails
}

export type OrderPayment = { paidWith: PaidWith; captured: boolean; transfer: TransferDue | null }

/**
 * How an order was paid (card or bank transfer) and whether the money was
 * taken, for the confirmation and the lookup. The store's own route: the
 * store refuses to serve the payments themselves, whose data would include a
 * card's client secret.
 */
export async function getOrderPayment(orderId: string): Promise<OrderPayment> {
  const sdk = await getMedusa()
  const { payment } = await sdk.client.fetch<{ payment: { provider_id: string | null; captured: boolean; transfer?: TransferDue | null } }>(
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
