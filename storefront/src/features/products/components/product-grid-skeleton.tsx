import { SkeletonLines, SkeletonList } from "@/components/skeleton"
import { useMessages } from "@/lib/i18n"
import { productMessages } from "../messages"

interface ProductGridSkeletonProps {
  cards?: number
}

export function ProductGridSkeleton({ cards = 8 }: ProductGridSkeletonProps) {
  const t = useMessages(productMessages)
  return (
    <SkeletonList
      label={t("loading")}
      count={cards}
      className="product-grid"
      itemClassName="link-card product-card product-card--skeleton"
      busyItems
    >
      <div className="product-card__image skeleton" />
      <div className="product-card__body">
        <SkeletonLines />
      </div>
    </SkeletonList>
  )
}
