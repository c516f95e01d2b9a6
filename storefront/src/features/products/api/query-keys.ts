import type { ProducerGroup } from "@/lib/cooperative-terms"

/** By creation through /store/products (see get-products.ts); by price through the price-order route. */
export type ProductSort = "newest" | "oldest" | "price-asc" | "price-desc"

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
  /** The locale of the catalog text (Medusa's translations); none for the catalog's own English. */
  catalogLocale?: string
}

/** A full page of the shop's grid. */
export const DEFAULT_PAGE_SIZE = 24

export const productKeys = {
  all: ["products"] as const,
  lists: () => [...productKeys.all, "list"] as const,
  list: (params: ProductListParams) => [...productKeys.lists(), params] as const,
}
