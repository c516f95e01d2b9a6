import { useQuery } from "@tanstack/react-query"
import { useLanguage, type Language } from "@/lib/i18n"
import { coordinatorFetch, isWorthRetrying } from "./client"
import { coordinatorKeys } from "./query-keys"

export interface StockLevel {
  location_id: string
  location_name: string | null
  stocked_quantity: number
  reserved_quantity: number
  available_quantity: number
}

export interface PortalVariant {
  id: string
  title: string | null
  sku: string | null
  inventory_item_id: string | null
  low_stock: boolean
  levels: StockLevel[]
}

export interface PortalProduct {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  status: string
  variants: PortalVariant[]
}

/** Titled in the given language (the backend's Spanish translations, or the catalog's English). */
export async function getPortalProducts(language: Language): Promise<PortalProduct[]> {
  const { products } = await coordinatorFetch<{ products: PortalProduct[] }>("/coordinator/products", { language })
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
