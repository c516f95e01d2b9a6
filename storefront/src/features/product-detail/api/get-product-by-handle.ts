import { skipToken, useQuery } from "@tanstack/react-query"
import type { StoreCraftOrigin } from "@cis/contract/craft-origin-response"
import type { DepartmentCode, ProducerGroup } from "@cis/contract/cooperative-vocabulary"
import { getMedusa } from "@/lib/medusa"
import { productDetailKeys, type ProductDetailParams } from "./query-keys"

// manage_inventory comes along with inventory_quantity: Medusa adds it to tell stock from "not tracked".
const PRODUCT_DETAIL_FIELDS = [
  // Length, width, height (cm) and weight (g): Medusa's own fields, on the variant or else the product.
  "id,title,subtitle,handle,description,thumbnail,length,width,height,weight",
  "variants.id,variants.manage_inventory,variants.length,variants.width,variants.height,variants.weight",
  "*variants.calculated_price,+variants.inventory_quantity,*variants.options",
  "*options,*options.values,*images,*categories,*cooperative,*craft_origin",
].join(",")

export async function getProductByHandle({ handle, regionId, countryCode, catalogLocale }: ProductDetailParams) {
  const sdk = await getMedusa()
  const { products } = await sdk.store.product.list({
    handle,
    region_id: regionId,
    // The country makes Medusa work out the price with and without tax, and the net is what is split.
    ...(countryCode ? { country_code: countryCode } : {}),
    fields: PRODUCT_DETAIL_FIELDS,
    limit: 1,
    // Medusa's translation module answers in this locale (title, description, options, categories).
    ...(catalogLocale ? { locale: catalogLocale } : {}),
  } as Parameters<typeof sdk.store.product.list>[0])
  // Null, not undefined: TanStack Query refuses undefined as data, and "no such craft" is an answer.
  return (products[0] as ProductDetail | undefined) ?? null
}

export interface CooperativeSummary {
  id: string
  handle: string
  name: string
  producer_groups: ProducerGroup[]
  department: DepartmentCode
  share_bps: number
}

type StoreProduct = Awaited<ReturnType<Awaited<ReturnType<typeof getMedusa>>["store"]["product"]["list"]>>["products"][number]

/** Medusa's store product plus the cooperative and craft origin this store links to it. */
export type ProductDetail = StoreProduct & {
  cooperative?: CooperativeSummary | null
  craft_origin?: StoreCraftOrigin | null
}
export type ProductVariant = NonNullable<ProductDetail["variants"]>[number]

export function useProductByHandle(params: ProductDetailParams | undefined) {
  return useQuery({
    queryKey: params ? productDetailKeys.detail(params) : productDetailKeys.details(),
    // Waits for a region: a price means nothing without one.
    queryFn: params ? () => getProductByHandle(params) : skipToken,
    // Switching region keeps the same craft on screen (marked busy) instead of blanking the page;
    // another craft's page never shows the previous one.
    placeholderData: (previous, previousQuery) => {
      const previousParams = previousQuery?.queryKey[2] as ProductDetailParams | undefined
      return previousParams?.handle === params?.handle ? previous : undefined
    },
  })
}
