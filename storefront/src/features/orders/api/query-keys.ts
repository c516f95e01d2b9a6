export const orderKeys = {
  all: ["orders"] as const,
  detail: (orderId: string) => [...orderKeys.all, "detail", orderId] as const,
  payment: (orderId: string) => [...orderKeys.all, "payment", orderId] as const,
  revenueSplit: (orderId: string) => [...orderKeys.all, "revenue-split", orderId] as const,
}
