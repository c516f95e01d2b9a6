import type { ReactNode } from "react"
import { ErrorState } from "@/components/error-state"
import { MissingRecordState } from "@/components/not-found-state"
import { useCatalogLocale, useMessages } from "@/lib/i18n"
import { retryOf } from "@/lib/retry-of"
import { useProductByHandle } from "../api/get-product-by-handle"
import { productDetailMessages } from "../messages"
import { ProductDetailSkeleton } from "./product-detail-skeleton"
import { ProductView } from "./product-view"
import "../product-detail.css"

export interface ProductDetailProps {
  handle: string
  /** Undefined while the region is still being chosen: the page shows its skeleton. */
  regionId: string | undefined
  /** The region's first country (lower-case ISO 2), so Medusa says how much of the price is tax. */
  countryCode: string | undefined
  locale: string
  onAddToCart: (variantId: string, quantity: number) => Promise<void>
  /** Shown right under Add to cart (delivery and returns, from the page that mounts it). */
  purchaseNotes?: ReactNode
}

export function ProductDetail({ handle, regionId, countryCode, locale, onAddToCart, purchaseNotes }: ProductDetailProps) {
  const t = useMessages(productDetailMessages)
  const catalogLocale = useCatalogLocale()
  const product = useProductByHandle(regionId ? { handle, regionId, countryCode, catalogLocale } : undefined)

  if (product.isPending) return <ProductDetailSkeleton />
  if (product.isError) {
    return (
      <ErrorState title={t("loadError")} {...retryOf(product)} />
    )
  }
  if (!product.data) {
    return <MissingRecordState title={t("notFoundTitle")} body={t("notFoundBody")} backTo="/shop" backLabel={t("browseShop")} />
  }
  // A new key for another craft starts its choices afresh; a region switch keeps them.
  return (
    <ProductView key={product.data.id} product={product.data} busy={product.isPlaceholderData} locale={locale} onAddToCart={onAddToCart}>
      {purchaseNotes}
    </ProductView>
  )
}
