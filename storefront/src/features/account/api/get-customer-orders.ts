import { useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { accountKeys } from "./query-keys"

export interface CustomerOrder {
  id: string
  display_id: number
  created_at: string
  status: string
  payment_status: string
  fulfillment_status: string
  currency_code: string
  /** Major units, as Medusa answers. */
  total: number
  items: { id: string; title: string; quantity: number }[] | null
}

/** The signed-in buyer's orders, newest first (Medusa's `/store/orders` lists only their own). */
export async function getCustomerOrders(): Promise<CustomerOrder[]> {
  const sdk = await getMedusa()
  const { orders } = await sdk.store.order.list({
    fields: "id,display_id,created_at,status,payment_status,fulfillment_status,currency_code,total,items.id,items.title,items.quantity",
    order: "-created_at",
    limit: 50,
  })
  return orders as unknown as CustomerOrder[]
}

export function useCustomerOrders(enabled: boolean) {
  return useQuery({ queryKey: accountKeys.orders(), queryFn: getCustomerOrders, enabled })
}
