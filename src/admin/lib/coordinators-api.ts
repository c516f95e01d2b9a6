/**
 * Typed access to the coordinator admin routes: a cooperative's coordinators,
 * inviting (or inviting again) and deactivating them, and the stock counts they set. Inviting or
 * deactivating refreshes the cooperative's coordinator list; deactivation
 * refreshes on failure too, since a 404 means the list on screen is stale.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { postJson } from "./post-json"
import { sdk } from "./sdk"
import type { CoordinatorStatus } from "./vocabulary"

// ---------- Types (mirror the backend contract) ----------

export type Coordinator = {
  id: string
  cooperative_id: string
  email: string
  name: string
  status: CoordinatorStatus
  invite_expires_at: string | null
  /** The staff user who sent the invite. */
  invited_by: string
  activated_at: string | null
  deactivated_at: string | null
  created_at: string
}

export type CoordinatorListResponse = { coordinators: Coordinator[] }

export type InviteCoordinatorBody = { email: string; name: string }

/**
 * `invite_url` carries the single-use token: the server keeps only its hash, so this is the one chance to read it.
 * `reinvited`: the email was already invited here or deactivated here; its row got the new link and the old one died.
 */
export type InviteCoordinatorResponse = { coordinator: Coordinator; invite_url: string; reinvited: boolean }

export type DeactivateCoordinatorResponse = {
  coordinator: Pick<Coordinator, "id" | "email" | "name" | "status" | "deactivated_at">
}

export type StockChange = {
  id: string
  cooperative_id: string
  coordinator_id: string
  product_id: string
  variant_id: string
  inventory_item_id: string
  location_id: string
  from_quantity: number
  to_quantity: number
  reason: string | null
  created_at: string
}

export type StockChangeListParams = {
  cooperative_id?: string
  variant_id?: string
  coordinator_id?: string
  limit?: number
  offset?: number
}

export type StockChangeListResponse = {
  stock_changes: StockChange[]
  count: number
  limit: number
  offset: number
}

// ---------- Query keys ----------

export const coordinatorKeys = {
  all: ["coordinators"] as const,
  lists: () => [...coordinatorKeys.all, "list"] as const,
  list: (cooperativeId: string) => [...coordinatorKeys.lists(), cooperativeId] as const,
  stockChanges: () => [...coordinatorKeys.all, "stock-changes"] as const,
  stockChangeList: (params: StockChangeListParams) => [...coordinatorKeys.stockChanges(), params] as const,
}

// ---------- Fetchers ----------

/** Drops empty filters: the route validates strictly and refuses `coordinator_id=`. */
function compactQuery(params: Record<string, string | number | undefined>): Record<string, string | number> {
  const query: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") query[key] = value
  }
  return query
}

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
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: InviteCoordinatorBody) => coordinatorsApi.invite(cooperativeId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: coordinatorKeys.list(cooperativeId) }),
  })
}

export function useDeactivateCoordinator(cooperativeId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => coordinatorsApi.deactivate(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: coordinatorKeys.list(cooperativeId) }),
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
