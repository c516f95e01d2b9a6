/**
 * Typed access to the cooperative admin routes: response types, fetchers,
 * react-query keys and hooks. Every mutation invalidates the queries whose
 * data it changes, so lists, detail pages and the product widget stay in step.
 */
import type { AdminUpsertCraftOriginBody } from "@cis/contract/craft-origin"
import type {
  AdminCraftOriginDeleteResponse,
  AdminCraftOriginResponse,
  AdminProductCraftOriginResponse,
  CraftOrigin,
} from "@cis/contract/craft-origin-response"
import type { AdminRevenueSplitResponse, RevenueSplit } from "@cis/contract/revenue-split-response"
import { useMutation, useQuery, useQueryClient, keepPreviousData } from "@tanstack/react-query"
import { postJson } from "./post-json"
import { compactQuery, useRefreshingMutation, type PageParams } from "./queries"
import type { CooperativeListFilters, ListFilterQuery } from "@cis/contract/list-filters"
import { sdk } from "./sdk"
import type {
  AdminCooperativeDeleteResponse,
  AdminCooperativeListResponse,
  AdminCooperativeProduct,
  AdminCooperativeResponse,
  AdminCreateCooperativeBody,
  AdminUpdateCooperativeBody,
} from "@cis/contract/cooperative"

// ---------- Types ----------

// The cooperative's own shapes are the contract's (packages/contract/src/cooperative.ts).
export type CooperativeProduct = AdminCooperativeProduct
export type Cooperative = AdminCooperativeResponse["cooperative"]
export type CooperativeListItem = AdminCooperativeListResponse["cooperatives"][number]
export type CooperativeListResponse = AdminCooperativeListResponse
export type CooperativeResponse = AdminCooperativeResponse
export type CooperativeCreateBody = AdminCreateCooperativeBody
export type CooperativeUpdateBody = AdminUpdateCooperativeBody

export type CooperativeListParams = PageParams & ListFilterQuery<typeof CooperativeListFilters>

export type CraftOriginBody = AdminUpsertCraftOriginBody
// The craft origin's and the revenue split's answers, from the contract.
export type { CraftOrigin, RevenueSplit }

// ---------- Query keys ----------

export const cooperativeKeys = {
  all: ["cooperatives"] as const,
  lists: () => [...cooperativeKeys.all, "list"] as const,
  list: (params: CooperativeListParams) => [...cooperativeKeys.lists(), params] as const,
  details: () => [...cooperativeKeys.all, "detail"] as const,
  detail: (id: string) => [...cooperativeKeys.details(), id] as const,
}

export const craftOriginKeys = {
  all: ["product-craft-origin"] as const,
  detail: (productId: string) => [...craftOriginKeys.all, productId] as const,
}

export const revenueSplitKeys = {
  all: ["revenue-split"] as const,
}

// ---------- Fetchers ----------

export const cooperativesApi = {
  list: (params: CooperativeListParams) =>
    sdk.client.fetch<CooperativeListResponse>("/admin/cooperatives", {
      method: "GET",
      query: compactQuery(params),
    }),
  retrieve: (id: string) =>
    sdk.client.fetch<CooperativeResponse>(`/admin/cooperatives/${encodeURIComponent(id)}`, {
      method: "GET",
    }),
  // Saves go through postJson so a refusal keeps the refused fields' paths for the form.
  create: (body: CooperativeCreateBody) => postJson<CooperativeResponse>("/admin/cooperatives", body),
  update: (id: string, body: CooperativeUpdateBody) =>
    postJson<CooperativeResponse>(`/admin/cooperatives/${encodeURIComponent(id)}`, body),
  delete: (id: string) =>
    sdk.client.fetch<AdminCooperativeDeleteResponse>(`/admin/cooperatives/${encodeURIComponent(id)}`, {
      method: "DELETE",
    }),
  updateProducts: (id: string, body: { add?: string[]; remove?: string[] }) =>
    sdk.client.fetch<CooperativeResponse>(
      `/admin/cooperatives/${encodeURIComponent(id)}/products`,
      { method: "POST", body }
    ),
  retrieveCraftOrigin: (productId: string) =>
    sdk.client.fetch<AdminProductCraftOriginResponse>(
      `/admin/products/${encodeURIComponent(productId)}/craft-origin`,
      { method: "GET" }
    ),
  upsertCraftOrigin: (productId: string, body: CraftOriginBody) =>
    postJson<AdminCraftOriginResponse>(`/admin/products/${encodeURIComponent(productId)}/craft-origin`, body),
  deleteCraftOrigin: (productId: string) =>
    sdk.client.fetch<AdminCraftOriginDeleteResponse>(
      `/admin/products/${encodeURIComponent(productId)}/craft-origin`,
      { method: "DELETE" }
    ),
  retrieveRevenueSplit: () =>
    sdk.client.fetch<AdminRevenueSplitResponse>("/admin/revenue-split", { method: "GET" }),
  updateRevenueSplit: (body: RevenueSplit) =>
    postJson<AdminRevenueSplitResponse>("/admin/revenue-split", body),
}

// ---------- Hooks ----------

export function useCooperatives(params: CooperativeListParams) {
  return useQuery({
    queryKey: cooperativeKeys.list(params),
    queryFn: () => cooperativesApi.list(params),
    // Keeps the current page on screen while the next one loads, instead of flashing empty.
    placeholderData: keepPreviousData,
  })
}

/** The list route's largest page: every cooperative of a store this size, to name them in other lists and filters. */
const ALL_COOPERATIVES: CooperativeListParams = { limit: 100, offset: 0 }

export function useAllCooperatives() {
  return useCooperatives(ALL_COOPERATIVES)
}

/**
 * Every cooperative, and a cooperative's name by its id for the lists that
 * show rows by cooperative (the id itself until the names arrive, or for one
 * not among them).
 */
export function useCooperativeNames() {
  const cooperatives = useAllCooperatives()
  const list = cooperatives.data?.cooperatives ?? []
  const names = new Map(list.map((cooperative) => [cooperative.id, cooperative.name]))
  return { list, isPending: cooperatives.isPending, nameOf: (id: string) => names.get(id) ?? id }
}

export function useCooperative(id: string) {
  return useQuery({
    queryKey: cooperativeKeys.detail(id),
    queryFn: () => cooperativesApi.retrieve(id),
    enabled: Boolean(id),
  })
}

/** A cooperative's name, status or products also show in the product widget. */
const COOPERATIVE_VIEWS = [cooperativeKeys.all, craftOriginKeys.all]

export function useCreateCooperative() {
  return useRefreshingMutation((body: CooperativeCreateBody) => cooperativesApi.create(body), COOPERATIVE_VIEWS)
}

export function useUpdateCooperative(id: string) {
  return useRefreshingMutation((body: CooperativeUpdateBody) => cooperativesApi.update(id, body), COOPERATIVE_VIEWS)
}

export function useDeleteCooperative(id: string) {
  const queryClient = useQueryClient()
  return useRefreshingMutation(async () => {
    const deleted = await cooperativesApi.delete(id)
    // The detail query would refetch into a 404 while the page navigates away.
    queryClient.removeQueries({ queryKey: cooperativeKeys.detail(id) })
    return deleted
  }, COOPERATIVE_VIEWS)
}

/** Adds or removes products; adding moves a product away from any other cooperative. */
export function useUpdateCooperativeProducts() {
  return useRefreshingMutation(
    ({ id, add, remove }: { id: string; add?: string[]; remove?: string[] }) => cooperativesApi.updateProducts(id, { add, remove }),
    COOPERATIVE_VIEWS
  )
}

export function useProductCraftOrigin(productId: string) {
  return useQuery({
    queryKey: craftOriginKeys.detail(productId),
    queryFn: () => cooperativesApi.retrieveCraftOrigin(productId),
    enabled: Boolean(productId),
  })
}

export function useUpsertCraftOrigin(productId: string) {
  return useRefreshingMutation((body: CraftOriginBody) => cooperativesApi.upsertCraftOrigin(productId, body), [
    craftOriginKeys.detail(productId),
  ])
}

export function useDeleteCraftOrigin(productId: string) {
  return useRefreshingMutation(() => cooperativesApi.deleteCraftOrigin(productId), [craftOriginKeys.detail(productId)])
}

export function useRevenueSplit() {
  return useQuery({
    queryKey: revenueSplitKeys.all,
    queryFn: () => cooperativesApi.retrieveRevenueSplit(),
  })
}

export function useUpdateRevenueSplit() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: RevenueSplit) => cooperativesApi.updateRevenueSplit(body),
    onSuccess: (response) => {
      queryClient.setQueryData(revenueSplitKeys.all, response)
      return queryClient.invalidateQueries({ queryKey: revenueSplitKeys.all })
    },
  })
}
