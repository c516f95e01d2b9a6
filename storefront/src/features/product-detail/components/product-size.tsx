import { useMessages } from "@/lib/i18n"
import { productDetailMessages } from "../messages"
import { formatSize, formatWeight, type Dimensions } from "../utils/dimensions"

interface ProductSizeProps {
  dimensions: Dimensions
  locale: string
}

/** Beside the chosen variant, so a buyer picking a hammock or a bag knows how big it is; nothing when unknown. */
export function ProductSize({ dimensions, locale }: ProductSizeProps) {
  const t = useMessages(productDetailMessages)
  const size = formatSize(dimensions, locale)
  const weight = formatWeight(dimensions, locale)
  if (!size && !weight) return null
  return (
    <p className="product-detail__size">
      {size && <span>{t("size", { size })}</span>}
      {size && weight && " · "}
      {weight && <span>{t("weight", { weight })}</span>}
    </p>
  )
}
