/**
 * Typed access to the coordinator admin routes: a cooperative's coordinators,
 * inviting (or inviting again) and deactivating them, and the stock counts they set. Inviting or
 * deactivating refreshes the cooperative's coordinator list; deactivation
 * refreshes on failure too, since a 404 means the list on screen is stale.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { postJson } from "./post-json"
import { compactQuery, useRefreshingMutation, type PageParams } from "./queries"
import type { ListFilterQuery, StockChangeListFilters } from "@cis/contract/list-filters"
import { sdk } from "./sdk"
import type { AdminInviteCoordinatorBody } from "@cis/contract/coordinator-invite"
import type {
  AdminCoordinatorListResponse,
  AdminDeactivateCoordinatorResponse,
  AdminInviteCoordinatorResponse,
  Coordinator,
} from "@cis/contract/coordinator-response"
import type { AdminStockChangeListResponse, StockChange } from "@cis/contract/stock-change-response"

// ---------- Types (the routes' own, from the contract) ----------

export type { Coordinator, StockChange }

export type CoordinatorListResponse = AdminCoordinatorListResponse

export type InviteCoordinatorBody = AdminInviteCoordinatorBody

export type InviteCoordinatorResponse = AdminInviteCoordinatorResponse
export type DeactivateCoordinatorResponse = AdminDeactivateCoordinatorResponse

export type StockChangeListParams = PageParams & ListFilterQuery<typeof StockChangeListFilters>

export type StockChangeListResponse = AdminStockChangeListResponse

// ---------- Query keys ----------

export const coordinatorKeys = {
  all: ["coordinators"] as const,
  lists: () => [...coordinatorKeys.all, "list"] as const,
  list: (cooperativeId: string) => [...coordinatorKeys.lists(), cooperativeId] as const,
  stockChanges: () => [...coordinatorKeys.all, "stock-changes"] as const,
  stockChangeList: (params: StockChangeListParams) => [...coordinatorKeys.stockChanges(), params] as const,
}

// ---------- Fetchers ----------

const cooperativeCoordinatorsPath = (cooperativeId: string) =>
  `/admin/cooperatives/${encodeURIComponent(cooperativeId)}/coordinators`

export const coordinatorsApi = {
  list: (cooperativeId: string) =>
    sdk.client.fetch<CoordinatorListResponse>(cooperativeCoordinatorsPath(cooperativeId), { method: "GET" }),
  invite: (cooperativeId: string, body: InviteCoordinatorBody) =>
    // postJson keeps a refusal's `issues` for the form.
    postJson<InviteCoordinatorResponse>(cooperativeCoordinatorsPath(cooperativeId), body),
  deactivate: (id: string) =>
    sdk.client.fetch<DeactivateCoordinatorResponse>(`/admin/coordinators/${encodeURIComponent(id)}/deactivate`, {
      method: "POST",
      body: {},
    }),
  listStockChanges: (params: StockChangeListParams) =>
    sdk.client.fetch<StockChangeListResponse>("/admin/stock-changes", { method: "GET", query: compactQuery(params) }),
}

/**
 * An invite the coordinator can no longer accept: its date has passed. The
 * server still calls it "invited"; staff should see that it is dead.
 */
export function isInviteExpired(coordinator: Coordinator, now: number = Date.now()): boolean {
  if (coordinator.status !== "invited" || !coordinator.invite_expires_at) return false
  const expires = new Date(coordinator.invite_expires_at).getTime()
  return !Number.isNaN(expires) && expires <= now
}

// ---------- Hooks ----------

export function useCoordinators(cooperativeId: string) {
  return useQuery({
    queryKey: coordinatorKeys.list(cooperativeId),
    queryFn: () => coordinatorsApi.list(cooperativeId),
    enabled: Boolean(cooperativeId),
  })
}

export function useInviteCoordinator(cooperativeId: string) {
  return useRefreshingMutation((body: InviteCoordinatorBody) => coordinatorsApi.invite(cooperativeId, body), [
    coordinatorKeys.list(cooperativeId),
  ])
}

export function useDeactivateCoordinator(cooperativeId: string) {
  return useRefreshingMutation((id: string) => coordinatorsApi.deactivate(id), [coordinatorKeys.list(cooperativeId)], {
    evenOnFailure: true,
  })
}

export function useStockChanges(params: StockChangeListParams) {
  return useQuery({
    queryKey: coordinatorKeys.stockChangeList(params),
    queryFn: () => coordinatorsApi.listStockChanges(params),
    // Keeps the current page on screen while the next one loads, but never another cooperative's changes.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2].cooperative_id === params.cooperative_id ? keepPreviousData(previous) : undefined,
  })
}
