import type { Language } from "@/lib/i18n"

export const coordinatorKeys = {
  all: ["coordinator"] as const,
  me: () => [...coordinatorKeys.all, "me"] as const,
  /** Every language's product list (to invalidate); with a language, that language's list. */
  products: (language?: Language) =>
    language ? ([...coordinatorKeys.all, "products", language] as const) : ([...coordinatorKeys.all, "products"] as const),
  orders: (payment: string, offset: number, limit: number, language: Language) =>
    [...coordinatorKeys.all, "orders", { payment, offset, limit, language }] as const,
  balances: () => [...coordinatorKeys.all, "balances"] as const,
  ledgerEntries: (offset: number, limit: number) => [...coordinatorKeys.all, "ledger-entries", { offset, limit }] as const,
  payouts: (offset: number, limit: number) => [...coordinatorKeys.all, "payouts", { offset, limit }] as const,
}
