import type { DepartmentCode, ProducerGroup } from "@/lib/cooperative-terms"

export interface CooperativeListParams {
  producerGroup?: ProducerGroup
  department?: DepartmentCode
  limit: number
  offset: number
}

export const cooperativeKeys = {
  all: ["cooperatives"] as const,
  lists: () => [...cooperativeKeys.all, "list"] as const,
  list: (params: CooperativeListParams) => [...cooperativeKeys.lists(), params] as const,
  detail: (handle: string) => [...cooperativeKeys.all, "detail", handle] as const,
}
