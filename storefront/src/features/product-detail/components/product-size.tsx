import { useMessages } from "@/lib/i18n"
import { productDetailMessages } from "../messages"
import { formatSize, formatWeight, type Dimensions } from "../utils/dimensions"

interface ProductSizeProps {
  dimensions: Dimensions
  locale: string
}

/**
 * Beside the chosen variant, so a buyer picking a hammock or a bag knows how
 * big it is; nothing when the size is unknown. A weight alone (a 12 g
 * bracelet) tells a buyer little and would push Add to cart off a phone's
 * first screen, so it only comes with a size.
 */
export function ProductSize({ dimensions, locale }: ProductSizeProps) {
  const t = useMessages(productDetailMessages)
  const size = formatSize(dimensions, locale)
  const weight = formatWeight(dimensions, locale)
  if (!size) return null
  return (
    <p className="product-detail__size">
      <span>{t("size", { size })}</span>
      {weight && " · "}
      {weight && <span>{t("weight", { weight })}</span>}
    </p>
  )
}
