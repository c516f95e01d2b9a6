import { useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { isNotFoundError } from "@/lib/store-errors"
import { orderKeys } from "./query-keys"

// What the confirmation shows: number, lines, the money rows and the payment status (worked out by
// Medusa's order-detail workflow on every answer). How it was paid comes from /store/orders/:id/payment.
const ORDER_FIELDS = [
  "id,display_id,created_at,currency_code",
  "total,subtotal,tax_total,discount_total,discount_subtotal,shipping_total,shipping_subtotal",
  "*items,*shipping_methods",
].join(",")

export async function getOrder(orderId: string) {
  const sdk = await getMedusa()
  try {
    const { order } = await sdk.store.order.retrieve(orderId, { fields: ORDER_FIELDS })
    return order
  } catch (error) {
    // Null, not an error: a mistyped link is an answer, and retrying will not change it.
    if (isNotFoundError(error)) return null
    throw error
  }
}

export type Order = NonNullable<Awaited<ReturnType<typeof getOrder>>>

export function useOrder(orderId: string) {
  // A placed order's lines and totals do not change while the buyer reads them.
  return useQuery({ queryKey: orderKeys.detail(orderId), queryFn: () => getOrder(orderId), staleTime: 5 * 60_000 })
}
