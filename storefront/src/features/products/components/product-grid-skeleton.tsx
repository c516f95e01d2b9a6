import { useMessages } from "@/lib/i18n"
import { productMessages } from "../messages"

interface ProductGridSkeletonProps {
  cards?: number
}

export function ProductGridSkeleton({ cards = 8 }: ProductGridSkeletonProps) {
  const t = useMessages(productMessages)
  return (
    <>
      <p role="status" className="visually-hidden">
        {t("loading")}
      </p>
      <ul className="product-grid" aria-hidden="true">
        {Array.from({ length: cards }, (_, index) => (
          <li key={index} className="link-card product-card product-card--skeleton" aria-busy="true">
            <div className="product-card__image skeleton" />
            <div className="product-card__body">
              <div className="skeleton skeleton--line" />
              <div className="skeleton skeleton--line skeleton--short" />
            </div>
          </li>
        ))}
      </ul>
    </>
  )
}
