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
import {
  useMutation,
  useQuery,
  useQueryClient,
  keepPreviousData,
} from "@tanstack/react-query"
import { postJson } from "./post-json"
import { sdk } from "./sdk"
import type { CooperativeStatus, DepartmentCode, ProducerGroup } from "./vocabulary"
import type {
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

export type CooperativeListParams = {
  q?: string
  status?: CooperativeStatus
  producer_group?: ProducerGroup
  department?: DepartmentCode
  limit?: number
  offset?: number
  order?: string
}

export type DeleteResponse = { id: string; object: string; deleted: boolean }

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

/** Drops empty filters so the backend never sees `status=` and refuses it. */
function compactQuery(params: CooperativeListParams): Record<string, string | number> {
  const query: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query[key] = value
  }
  return query
}

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
    sdk.client.fetch<DeleteResponse>(`/admin/cooperatives/${encodeURIComponent(id)}`, {
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

export function useCooperative(id: string) {
  return useQuery({
    queryKey: cooperativeKeys.detail(id),
    queryFn: () => cooperativesApi.retrieve(id),
    enabled: Boolean(id),
  })
}

/** A cooperative's name, status or products also show in the product widget. */
function useInvalidateCooperatives() {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: cooperativeKeys.all }),
      queryClient.invalidateQueries({ queryKey: craftOriginKeys.all }),
    ])
}

export function useCreateCooperative() {
  const invalidate = useInvalidateCooperatives()
  return useMutation({
    mutationFn: (body: CooperativeCreateBody) => cooperativesApi.create(body),
    onSuccess: () => invalidate(),
  })
}

export function useUpdateCooperative(id: string) {
  const invalidate = useInvalidateCooperatives()
  return useMutation({
    mutationFn: (body: CooperativeUpdateBody) => cooperativesApi.update(id, body),
    onSuccess: () => invalidate(),
  })
}

export function useDeleteCooperative(id: string) {
  const queryClient = useQueryClient()
  const invalidate = useInvalidateCooperatives()
  return useMutation({
    mutationFn: () => cooperativesApi.delete(id),
    onSuccess: async () => {
      // The detail query would refetch into a 404 while the page navigates away.
      queryClient.removeQueries({ queryKey: cooperativeKeys.detail(id) })
      await invalidate()
    },
  })
}

/** Adds or removes products; adding moves a product away from any other cooperative. */
export function useUpdateCooperativeProducts() {
  const invalidate = useInvalidateCooperatives()
  return useMutation({
    mutationFn: ({ id, add, remove }: { id: string; add?: string[]; remove?: string[] }) =>
      cooperativesApi.updateProducts(id, { add, remove }),
    onSuccess: () => invalidate(),
  })
}

export function useProductCraftOrigin(productId: string) {
  return useQuery({
    queryKey: craftOriginKeys.detail(productId),
    queryFn: () => cooperativesApi.retrieveCraftOrigin(productId),
    enabled: Boolean(productId),
  })
}

export function useUpsertCraftOrigin(productId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CraftOriginBody) => cooperativesApi.upsertCraftOrigin(productId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: craftOriginKeys.detail(productId) }),
  })
}

export function useDeleteCraftOrigin(productId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => cooperativesApi.deleteCraftOrigin(productId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: craftOriginKeys.detail(productId) }),
  })
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
