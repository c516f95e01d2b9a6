import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { coordinatorFetch, isWorthRetrying } from "./client"
import { coordinatorKeys } from "./query-keys"

export interface PortalOrderLine {
  id: string
  product_id: string | null
  title: string
  variant_title: string | null
  variant_sku: string | null
  quantity: number
}

/** Only the cooperative's own lines and the order's progress: the route sends no buyer data. */
export interface PortalOrder {
  /** Orders go by number: the route never sends an order's id. */
  display_id: number
  created_at: string
  status: string
  fulfillment_status: string
  items: PortalOrderLine[]
}

export interface OrdersPage {
  orders: PortalOrder[]
  count: number
}

export function getPortalOrders(offset: number, limit: number): Promise<OrdersPage> {
  return coordinatorFetch<OrdersPage>("/coordinator/orders", { query: { limit, offset } })
}

export function usePortalOrders(offset: number, limit: number) {
  return useQuery({
    queryKey: coordinatorKeys.orders(offset, limit),
    queryFn: () => getPortalOrders(offset, limit),
    placeholderData: keepPreviousData,
    retry: isWorthRetrying,
  })
}
