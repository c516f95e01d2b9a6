import { useQuery } from "@tanstack/react-query"
import type { StoreCooperative, StoreCooperativeListResponse } from "@cis/contract/cooperative"
import type { DepartmentCode } from "@/lib/cooperative-terms"
import { getMedusa } from "@/lib/medusa"
import { catalogKeys } from "./query-keys"

/** The little of a cooperative the shop's filters need. */
export type CooperativeOption = Pick<StoreCooperative, "id" | "handle" | "name" | "producer_groups" | "department" | "municipality" | "product_count">

// The store route's largest page; the cooperatives number in the tens.
const ALL = 100

/**
 * The cooperatives the "Cooperative" filter offers: all of them, or those of
 * one department. /store/products has no department filter, so the shop
 * reaches a department's crafts through its cooperatives.
 */
export async function getCooperativeOptions(department: DepartmentCode | undefined) {
  const sdk = await getMedusa()
  const { cooperatives } = await sdk.client.fetch<StoreCooperativeListResponse>("/store/cooperatives", {
    query: { department, limit: ALL },
  })
  return cooperatives
}

export function useCooperativeOptions(department: DepartmentCode | undefined) {
  return useQuery({
    queryKey: catalogKeys.cooperativeOptions(department),
    queryFn: () => getCooperativeOptions(department),
    staleTime: 5 * 60_000,
  })
}
