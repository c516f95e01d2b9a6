/**
 * Medusa's own product and variant lists: products to add to a cooperative,
 * and the titles and SKUs of variants that other lists know only by id.
 * Only the fields shown are requested.
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type ProductSummary = {
  id: string
  title: string
  handle: string | null
  thumbnail: string | null
  status: string
}

export function useProductSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ["cooperative-product-picker", q],
    queryFn: async () => {
      const response = await sdk.admin.product.list({
        q: q || undefined,
        limit: 20,
        fields: "id,title,handle,thumbnail,status",
      })
      return {
        products: response.products as unknown as ProductSummary[],
        count: response.count,
      }
    },
    enabled,
    placeholderData: keepPreviousData,
  })
}

export type VariantSummary = {
  id: string
  title: string | null
  sku: string | null
  product: { id: string; title: string } | null
}

/**
 * The named variants' titles and SKUs in one request, for lists that hold
 * only variant ids. A deleted variant is simply missing from the map.
 */
export function useVariantSummaries(ids: string[]) {
  const unique = [...new Set(ids)].sort()
  return useQuery({
    queryKey: ["variant-summaries", unique],
    queryFn: async () => {
      const response = await sdk.admin.productVariant.list({
        id: unique,
        limit: unique.length,
        fields: "id,title,sku,product.id,product.title",
      })
      const variants = response.variants as unknown as VariantSummary[]
      return new Map(variants.map((variant) => [variant.id, variant]))
    },
    enabled: unique.length > 0,
    // Titles and SKUs rarely change; paging back and forth should not refetch them.
    staleTime: 5 * 60 * 1000,
  })
}
