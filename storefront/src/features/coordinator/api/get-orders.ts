import type { CoordinatorOrder, CoordinatorOrderLine, CoordinatorOrderListResponse } from "@cis/contract/coordinator-response"
import { useLanguage, type Language } from "@/lib/i18n"
import { usePagedQuery } from "../hooks/use-paged-query"
import { coordinatorFetch } from "./client"
import { coordinatorKeys } from "./query-keys"

/** Only the cooperative's own lines and the order's progress (the contract's, as the route answers them). */
export type PortalOrderLine = CoordinatorOrderLine
export type PortalOrder = CoordinatorOrder
export type OrdersPage = CoordinatorOrderListResponse

/** "awaiting": orders whose bank transfer has not arrived; "ready": the ones to prepare (and past ones). */
export type OrdersPayment = "awaiting" | "ready"

/** Lines titled in the given language, whatever language the buyer shopped in. */
export function getPortalOrders(payment: OrdersPayment, offset: number, limit: number, language: Language): Promise<OrdersPage> {
  return coordinatorFetch<OrdersPage>("/coordinator/orders", { query: { payment, limit, offset }, language })
}

/** One of the two order lists, `limit` at a time, from the first page. */
export function usePortalOrders(payment: OrdersPayment, limit: number) {
  const { language } = useLanguage()
  return usePagedQuery(limit, (offset) => ({
    queryKey: coordinatorKeys.orders(payment, offset, limit, language),
    queryFn: () => getPortalOrders(payment, offset, limit, language),
  }))
}
