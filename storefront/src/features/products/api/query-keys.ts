import type { ProducerGroup } from "@/lib/cooperative-terms"

/** Newest first is the only order the store can give with a unique key; see get-products.ts. */
export type ProductSort = "newest" | "oldest"

/** What narrows the list; each maps to one store API query parameter. */
export interface ProductFilters {
  q?: string
  categoryId?: string
  cooperativeId?: string
  producerGroup?: ProducerGroup
}

export interface ProductListParams extends ProductFilters {
  regionId: string
  limit: number
  offset: number
  sort?: ProductSort
}

export const productKeys = {
  all: ["products"] as const,
  lists: () => [...productKeys.all, "list"] as const,
  list: (params: ProductListParams) => [...productKeys.lists(), params] as const,
}
