import type { DepartmentCode, ProducerGroup } from "@/lib/cooperative-terms"

export interface CooperativeListParams {
  producerGroup?: ProducerGroup
  department?: DepartmentCode
  limit: number
  offset: number
  /** The catalog's locale: crafts come in the reader's language. */
  catalogLocale?: string
}

export const cooperativeKeys = {
  all: ["cooperatives"] as const,
  lists: () => [...cooperativeKeys.all, "list"] as const,
  list: (params: CooperativeListParams) => [...cooperativeKeys.lists(), params] as const,
  detail: (handle: string, catalogLocale?: string) => [...cooperativeKeys.all, "detail", handle, catalogLocale ?? "en"] as const,
}
