import { useQuery } from "@tanstack/react-query"
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

export async function getPortalProducts(): Promise<PortalProduct[]> {
  const { products } = await coordinatorFetch<{ products: PortalProduct[] }>("/coordinator/products")
  return products
}

export function usePortalProducts() {
  // Orders reserve stock at any moment; a count older than this is worth asking again when looked at.
  return useQuery({ queryKey: coordinatorKeys.products(), queryFn: getPortalProducts, staleTime: 30_000, retry: isWorthRetrying })
}
