import { skipToken, useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import type { PaidWith } from "@/lib/payment-providers"
import { orderPaidWith } from "../utils/paid-with"
import { orderKeys } from "./query-keys"

/**
 * How an order was paid, for the lookup (its answer names the payment's
 * status but not its provider). Read by the order's id, as the confirmation
 * page reads the whole order.
 */
export async function getOrderPayment(orderId: string): Promise<PaidWith> {
  const sdk = await getMedusa()
  const { order } = await sdk.store.order.retrieve(orderId, { fields: "id,*payment_collections.payments" })
  return orderPaidWith(order)
}

export function useOrderPayment(orderId: string | undefined) {
  return useQuery({
    queryKey: orderId ? orderKeys.payment(orderId) : [...orderKeys.all, "payment"],
    queryFn: orderId ? () => getOrderPayment(orderId) : skipToken,
    staleTime: 60_000,
  })
}
