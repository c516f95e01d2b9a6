/**
 * Typed access to the ledger, payout, advance and ledger-check admin routes:
 * response types, fetchers, react-query keys and hooks. Every amount is
 * integer minor units of its currency. Each mutation refreshes balances,
 * payouts, advances and the ledger together, because each moves money
 * between those views.
 */
import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query"
import { postJson } from "./post-json"
import { compactQuery, useRefreshingMutation, type PageParams } from "./queries"
import type { AdvanceListFilters, LedgerEntryListFilters, ListFilterQuery, PayoutListFilters } from "@cis/contract/list-filters"
import { sdk } from "./sdk"
import type { AdminAllCooperativeBalancesResponse } from "@cis/contract/cooperative"
import type { Advance, AdminAdvanceListResponse, AdminAdvanceResponse } from "@cis/contract/advance-response"
import type { AdminLedgerCheckResponse, LedgerDisagreement, LedgerProblem } from "@cis/contract/ledger-check-response"
import type { AdminAdjustmentResponse, AdminLedgerEntry, AdminLedgerEntryListResponse } from "@cis/contract/ledger-entry-response"
import type { AdminPayoutListResponse, AdminPayoutResponse, Payout } from "@cis/contract/payout-response"
import type { AdminCreateAdvanceBody } from "@cis/contract/advance"
import type { AdminCreateAdjustmentBody } from "@cis/contract/ledger-adjustment"
import type { AdminCreatePayoutBody, AdminMarkPayoutPaidBody } from "@cis/contract/payout"

// ---------- Types (the routes' own, from the contract) ----------

export type { Advance, LedgerDisagreement, LedgerProblem, Payout }

/** A row of GET /admin/cooperative-balances (every cooperative's, with its name). */
export type CooperativeBalance = AdminAllCooperativeBalancesResponse["balances"][number]
export type CooperativeBalancesResponse = AdminAllCooperativeBalancesResponse

export type PayoutListParams = PageParams & ListFilterQuery<typeof PayoutListFilters>

export type PayoutListResponse = AdminPayoutListResponse
export type PayoutResponse = AdminPayoutResponse

/** The request bodies are the routes' own schemas (dates travel as ISO strings). */
type DatesAsText<Body, Keys extends keyof Body> = Omit<Body, Keys> & Record<Keys, string>
export type CreatePayoutBody = Omit<AdminCreatePayoutBody, "up_to"> & { up_to?: string }
export type MarkPayoutPaidBody = DatesAsText<AdminMarkPayoutPaidBody, "paid_at">

/** A row of GET /admin/ledger-entries, with its order's number. */
export type LedgerEntry = AdminLedgerEntry

/** Dates as ISO date-times, both inclusive. */
export type LedgerEntryListParams = PageParams & ListFilterQuery<typeof LedgerEntryListFilters>

export type LedgerEntryListResponse = AdminLedgerEntryListResponse

export type CreateAdvanceBody = DatesAsText<AdminCreateAdvanceBody, "paid_at">

export type AdvanceListParams = PageParams & ListFilterQuery<typeof AdvanceListFilters>
export type AdvanceListResponse = AdminAdvanceListResponse

export type CreateAdjustmentBody = AdminCreateAdjustmentBody

export type LedgerCheckParams = { from?: string; to?: string }

export type LedgerCheckReport = AdminLedgerCheckResponse

// ---------- Query keys ----------

export const ledgerKeys = {
  all: ["ledger"] as const,
  balances: () => [...ledgerKeys.all, "balances"] as const,
  payouts: () => [...ledgerKeys.all, "payouts"] as const,
  payoutList: (params: PayoutListParams) => [...ledgerKeys.payouts(), params] as const,
  entries: () => [...ledgerKeys.all, "entries"] as const,
  entryList: (params: LedgerEntryListParams) => [...ledgerKeys.entries(), params] as const,
  advances: () => [...ledgerKeys.all, "advances"] as const,
  advanceList: (params: AdvanceListParams) => [...ledgerKeys.advances(), params] as const,
}

// ---------- Fetchers ----------

const payoutPath = (id: string, action = "") => `/admin/payouts/${encodeURIComponent(id)}${action}`

// Forms' saves go through postJson so a refusal keeps the refused fields' paths (`issues`).
export const ledgerApi = {
  balances: () =>
    sdk.client.fetch<CooperativeBalancesResponse>("/admin/cooperative-balances", { method: "GET" }),
  listPayouts: (params: PayoutListParams) =>
    sdk.client.fetch<PayoutListResponse>("/admin/payouts", { method: "GET", query: compactQuery(params) }),
  createPayout: (body: CreatePayoutBody) =>
    postJson<PayoutResponse>("/admin/payouts", body),
  markPaid: (id: string, body: MarkPayoutPaidBody) =>
    postJson<PayoutResponse>(payoutPath(id, "/mark-paid"), body),
  cancelPayout: (id: string) =>
    sdk.client.fetch<PayoutResponse>(payoutPath(id, "/cancel"), { method: "POST", body: {} }),
  listEntries: (params: LedgerEntryListParams) =>
    sdk.client.fetch<LedgerEntryListResponse>("/admin/ledger-entries", { method: "GET", query: compactQuery(params) }),
  listAdvances: (params: AdvanceListParams) =>
    sdk.client.fetch<AdvanceListResponse>("/admin/advances", { method: "GET", query: compactQuery(params) }),
  createAdvance: (body: CreateAdvanceBody) =>
    postJson<AdminAdvanceResponse>("/admin/advances", body),
  createAdjustment: (body: CreateAdjustmentBody) =>
    postJson<AdminAdjustmentResponse>("/admin/ledger-entries/adjustments", body),
  checkLedger: (params: LedgerCheckParams) =>
    sdk.client.fetch<LedgerCheckReport>("/admin/ledger-check", { method: "GET", query: compactQuery(params) }),
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

/** Local currency first: El Salvador's dollar is what a transfer to a cooperative is most often sent in. */
const LOCAL_CURRENCY = "usd"

/**
 * The currencies the store sells in (Medusa's store settings), lower-cased,
 * the local one first: what an advance or adjustment can be recorded in.
 */
export function useStoreCurrencies() {
  return useQuery({
    queryKey: ["store", "currencies"],
    queryFn: async () => {
      const { stores } = await sdk.client.fetch<{ stores: { supported_currencies?: { currency_code: string }[] }[] }>("/admin/stores", {
        method: "GET",
      })
      const codes = stores.flatMap((store) => (store.supported_currencies ?? []).map((c) => c.currency_code.toLowerCase()))
      return [...new Set([LOCAL_CURRENCY, ...codes.sort()])]
    },
    staleTime: 5 * 60_000,
  })
}

export function useAdvances(params: AdvanceListParams) {
  return useQuery({
    queryKey: ledgerKeys.advanceList(params),
    queryFn: () => ledgerApi.listAdvances(params),
    placeholderData: keepPreviousData,
  })
}

/**
 * The check is run on demand (it reads every order of the range and compares
 * it with Medusa), so it is a mutation: each click runs it again.
 */
export function useLedgerCheck() {
  return useMutation({ mutationFn: (params: LedgerCheckParams) => ledgerApi.checkLedger(params) })
}

/**
 * Refreshes on failure too: a 409 means someone else already paid or
 * cancelled the payout, and the screen should show that now.
 */
function useLedgerMutation<TVariables, TResult>(mutationFn: (variables: TVariables) => Promise<TResult>) {
  return useRefreshingMutation(mutationFn, [ledgerKeys.all], { evenOnFailure: true })
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

export function useCreateAdvance() {
  return useLedgerMutation((body: CreateAdvanceBody) => ledgerApi.createAdvance(body))
}

export function useCreateAdjustment() {
  return useLedgerMutation((body: CreateAdjustmentBody) => ledgerApi.createAdjustment(body))
}
