import { useQuery } from "@tanstack/react-query"
import { getMedusa } from "@/lib/medusa"
import { catalogKeys } from "./query-keys"

export async function getCategories() {
  const sdk = await getMedusa()
  const { product_categories } = await sdk.store.category.list({ fields: "id,name,handle", limit: 100 })
  return product_categories
}

export type Category = Awaited<ReturnType<typeof getCategories>>[number]

export function useCategories() {
  // Staff add categories rarely; one fetch a visit is plenty.
  return useQuery({ queryKey: catalogKeys.categories(), queryFn: getCategories, staleTime: 10 * 60_000 })
}
