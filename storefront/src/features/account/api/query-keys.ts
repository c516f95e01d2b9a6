export const accountKeys = {
  all: ["account"] as const,
  customer: () => [...accountKeys.all, "customer"] as const,
  orders: () => [...accountKeys.all, "orders"] as const,
}
