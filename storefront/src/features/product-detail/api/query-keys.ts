export interface ProductDetailParams {
  handle: string
  regionId: string
  /** Lower-case ISO 3166-1 alpha-2; without it Medusa cannot say what part of a price is tax. */
  countryCode: string | undefined
  /** The locale of the catalog text (Medusa's translations); none for the catalog's own English. */
  catalogLocale?: string
}

export const productDetailKeys = {
  all: ["product-detail"] as const,
  details: () => [...productDetailKeys.all, "detail"] as const,
  detail: (params: ProductDetailParams) => [...productDetailKeys.details(), params] as const,
  revenueSplit: () => [...productDetailKeys.all, "revenue-split"] as const,
}
