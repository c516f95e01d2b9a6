/**
 * Medusa's own product list, used to pick products to add to a cooperative.
 * Only the fields the picker shows are requested.
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
