import type { CoordinatorProduct, CoordinatorProductListResponse, CoordinatorStockLevel, CoordinatorVariant } from "@cis/contract/coordinator-response"
import { useQuery } from "@tanstack/react-query"
import { useLanguage, type Language } from "@/lib/i18n"
import { coordinatorFetch, isWorthRetrying } from "./client"
import { coordinatorKeys } from "./query-keys"

// The route's own shapes, from the contract.
export type StockLevel = CoordinatorStockLevel
export type PortalVariant = CoordinatorVariant
export type PortalProduct = CoordinatorProduct

/** Titled in the given language (the backend's Spanish translations, or the catalog's English). */
export async function getPortalProducts(language: Language): Promise<PortalProduct[]> {
  const { products } = await coordinatorFetch<CoordinatorProductListResponse>("/coordinator/products", { language })
  return products
}

export function usePortalProducts() {
  const { language } = useLanguage()
  return useQuery({
    queryKey: coordinatorKeys.products(language),
    queryFn: () => getPortalProducts(language),
    // Orders reserve stock at any moment; a count older than this is worth asking again when looked at.
    staleTime: 30_000,
    retry: isWorthRetrying,
  })
}
