import { useQuery } from "@tanstack/react-query"
import { useCatalogLocale } from "@/lib/i18n"
import { getMedusa } from "@/lib/medusa"
import { catalogKeys } from "./query-keys"

export async function getCategories(catalogLocale: string | undefined) {
  const sdk = await getMedusa()
  const { product_categories } = await sdk.store.category.list({
    fields: "id,name,handle",
    limit: 100,
    ...(catalogLocale ? { locale: catalogLocale } : {}),
  } as Parameters<typeof sdk.store.category.list>[0])
  return product_categories
}

export type Category = Awaited<ReturnType<typeof getCategories>>[number]

export function useCategories() {
  const catalogLocale = useCatalogLocale()
  // Staff add categories rarely; one fetch a visit (per language) is plenty.
  return useQuery({
    queryKey: catalogKeys.categories(catalogLocale),
    queryFn: () => getCategories(catalogLocale),
    staleTime: 10 * 60_000,
  })
}
