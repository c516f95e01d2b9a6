/**
 * Typed access to the ledger and payout admin routes: response types,
 * fetchers, react-query keys and hooks. Every amount is integer minor units
 * of its currency. Each payout mutation refreshes balances, payouts and the
 * ledger together, because a payout moves entries between all three views.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"
import type { LedgerAccount, LedgerEntryType, LedgerSource, PayoutStatus } from "./ledger-vocabulary"
import type { PayoutMethod } from "./vocabulary"

// ---------- Types (mirror the backend contract) ----------

export type CooperativeBalance = {
  cooperative_id: string
  cooperative_name: string
  currency_code: string
  earned: number
  reversed: number
  adjusted: number
  in_draft_payouts: number
  paid: number
  /** Unpaid and not in a draft; negative when chargebacks exceed sales (carried to the next payout). */
  balance: number
  oldest_unpaid_at: string | null
}

export type CooperativeBalancesResponse = { balances: CooperativeBalance[] }

export type Payout = {
  id: string
  cooperative_id: string
  currency_code: string
  status: PayoutStatus
  up_to: string
  amount: number
  entry_count: number
  created_by: string
  paid_at: string | null
  reference: string | null
  method: PayoutMethod | null
  sent_amount: number | null
  sent_currency_code: string | null
  cancelled_at: string | null
  created_at: string
}

export type PayoutListParams = {
  cooperative_id?: string
  status?: PayoutStatus
  currency_code?: string
  limit?: number
  offset?: number
}

export type PayoutListResponse = { payouts: Payout[]; count: number; limit: number; offset: number }
export type PayoutResponse = { payout: Payout }

export type CreatePayoutBody = { cooperative_id: string; currency_code: string; up_to?: string }

export type MarkPayoutPaidBody = {
  reference: string
  paid_at: string
  method: PayoutMethod
  sent_amount: number
  sent_currency_code: string
}

export type LedgerEntry = {
  id: string
  account: LedgerAccount
  type: LedgerEntryType
  source: LedgerSource
  cooperative_id: string | null
  order_id: string | null
  source_line_id: string | null
  product_id: string | null
  currency_code: string
  amount: number
  base_amount: number
  share_bps: number
  created_by: string
  reason: string | null
  payout_id: string | null
  created_at: string
}

export type LedgerEntryListParams = {
  cooperative_id?: string
  order_id?: string
  currency_code?: string
  type?: LedgerEntryType
  account?: LedgerAccount
  /** ISO date-times, both inclusive. */
  created_from?: string
  created_to?: string
  limit?: number
  offset?: number
}

export type LedgerEntryListResponse = {
  ledger_entries: LedgerEntry[]
  count: number
  limit: number
  offset: number
}

// ---------- Query keys ----------

export const ledgerKeys = {
  all: ["ledger"] as const,
  balances: () => [...ledgerKeys.all, "balances"] as const,
  payouts: () => [...ledgerKeys.all, "payouts"] as const,
  payoutList: (params: PayoutListParams) => [...ledgerKeys.payouts(), params] as const,
  entries: () => [...ledgerKeys.all, "entries"] as const,
  entryList: (params: LedgerEntryListParams) => [...ledgerKeys.entries(), params] as const,
}

// ---------- Fetchers ----------

/** Drops empty filters: the routes validate strictly and refuse `status=`. */
function compactQuery(params: Record<string, string | number | undefined>): Record<string, string | number> {
  const query: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") query[key] = value
  }
  return query
}

const payoutPath = (id: string, action = "") => `/admin/payouts/${encodeURIComponent(id)}${action}`

export const ledgerApi = {
  balances: () =>
    sdk.client.fetch<CooperativeBalancesResponse>("/admin/cooperative-balances", { method: "GET" }),
  listPayouts: (params: PayoutListParams) =>
    sdk.client.fetch<PayoutListResponse>("/admin/payouts", { method: "GET", query: compactQuery(params) }),
  createPayout: (body: CreatePayoutBody) =>
    sdk.client.fetch<PayoutResponse>("/admin/payouts", { method: "POST", body }),
  markPaid: (id: string, body: MarkPayoutPaidBody) =>
    sdk.client.fetch<PayoutResponse>(payoutPath(id, "/mark-paid"), { method: "POST", body }),
  cancelPayout: (id: string) =>
    sdk.client.fetch<PayoutResponse>(payoutPath(id, "/cancel"), { method: "POST", body: {} }),
  listEntries: (params: LedgerEntryListParams) =>
    sdk.client.fetch<LedgerEntryListResponse>("/admin/ledger-entries", { method: "GET", query: compactQuery(params) }),
}

/**
 * CSV downloads are plain links: the dashboard is served by the backend, so
 * the browser sends the staff session cookie and saves the file itself.
 */
export const payoutStatementUrl = (id: string) => payoutPath(id, "/statement.csv")
export const monthlySummaryUrl = (month: string) =>
  `/admin/ledger-entries/monthly-summary.csv?month=${encodeURIComponent(month)}`
export const cardPaymentsReportUrl = (month: string) =>
  `/admin/card-payments/monthly-report.csv?month=${encodeURIComponent(month)}`

// ---------- Hooks ----------

export function useCooperativeBalances() {
  return useQuery({ queryKey: ledgerKeys.balances(), queryFn: () => ledgerApi.balances() })
}

export function usePayouts(params: PayoutListParams) {
  return useQuery({
    queryKey: ledgerKeys.payoutList(params),
    queryFn: () => ledgerApi.listPayouts(params),
    placeholderData: keepPreviousData,
  })
}

export function useLedgerEntries(params: LedgerEntryListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: ledgerKeys.entryList(params),
    queryFn: () => ledgerApi.listEntries(params),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  })
}

/** An order's entries; no placeholder, so another order's split never shows while this one loads. */
export function useOrderLedgerEntries(orderId: string, limit: number) {
  const params: LedgerEntryListParams = { order_id: orderId, limit }
  return useQuery({
    queryKey: ledgerKeys.entryList(params),
    queryFn: () => ledgerApi.listEntries(params),
    enabled: Boolean(orderId),
  })
}

/**
 * Refreshes on failure too: a 409 means someone else already paid or
 * cancelled the payout, and the screen should show that now.
 */
function useLedgerMutation<TVariables>(mutationFn: (variables: TVariables) => Promise<PayoutResponse>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ledgerKeys.all }),
  })
}

export function useCreatePayout() {
  return useLedgerMutation((body: CreatePayoutBody) => ledgerApi.createPayout(body))
}

export function useMarkPayoutPaid() {
  return useLedgerMutation(({ id, body }: { id: string; body: MarkPayoutPaidBody }) => ledgerApi.markPaid(id, body))
}

export function useCancelPayout() {
  return useLedgerMutation((id: string) => ledgerApi.cancelPayout(id))
}
