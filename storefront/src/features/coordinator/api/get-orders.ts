import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useLanguage, type Language } from "@/lib/i18n"
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
  /** Paid by bank transfer and the money has not arrived: not to be prepared yet. */
  awaiting_payment: boolean
  items: PortalOrderLine[]
}

export interface OrdersPage {
  orders: PortalOrder[]
  count: number
}

/** "awaiting": orders whose bank transfer has not arrived; "ready": the ones to prepare (and past ones). */
export type OrdersPayment = "awaiting" | "ready"

/** Lines titled in the given language, whatever language the buyer shopped in. */
export function getPortalOrders(payment: OrdersPayment, offset: number, limit: number, language: Language): Promise<OrdersPage> {
  return coordinatorFetch<OrdersPage>("/coordinator/orders", { query: { payment, limit, offset }, language })
}

export function usePortalOrders(payment: OrdersPayment, offset: number, limit: number) {
  const { language } = useLanguage()
  return useQuery({
    queryKey: coordinatorKeys.orders(payment, offset, limit, language),
    queryFn: () => getPortalOrders(payment, offset, limit, language),
    placeholderData: keepPreviousData,
    retry: isWorthRetrying,
  })
}
