import { SkeletonBlock } from "@/components/skeleton"
import { useMessages } from "@/lib/i18n"
import { productDetailMessages } from "../messages"

export function ProductDetailSkeleton() {
  const t = useMessages(productDetailMessages)
  return (
    <SkeletonBlock label={t("loading")} className="product-detail__top" testId="product-skeleton">
      <div className="product-gallery__main skeleton" />
      <div className="product-detail__summary">
        <div className="skeleton skeleton--line product-detail__skeleton-title" />
        <div className="skeleton skeleton--line skeleton--short" />
        <div className="skeleton skeleton--line skeleton--short" />
        <div className="skeleton product-detail__skeleton-button" />
      </div>
    </SkeletonBlock>
  )
}
