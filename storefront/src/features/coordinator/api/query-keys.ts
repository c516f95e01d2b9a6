export const coordinatorKeys = {
  all: ["coordinator"] as const,
  me: () => [...coordinatorKeys.all, "me"] as const,
  products: () => [...coordinatorKeys.all, "products"] as const,
  orders: (payment: string, offset: number, limit: number) => [...coordinatorKeys.all, "orders", { payment, offset, limit }] as const,
  balances: () => [...coordinatorKeys.all, "balances"] as const,
  ledgerEntries: (offset: number, limit: number) => [...coordinatorKeys.all, "ledger-entries", { offset, limit }] as const,
  payouts: (offset: number, limit: number) => [...coordinatorKeys.all, "payouts", { offset, limit }] as const,
}
