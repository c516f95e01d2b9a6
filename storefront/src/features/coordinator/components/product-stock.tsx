import { useMessages } from "@/lib/i18n"
import type { PortalProduct } from "../api/get-products"
import { inventoryMessages } from "../inventory-messages"
import { meaningfulVariantTitle } from "../utils/variant-title"
import type { LastChange } from "./stock-change-notice"
import { VariantStock } from "./variant-stock"

const THUMBNAIL_SIZE = 56

interface ProductStockProps {
  product: PortalProduct
  lastChange: LastChange | null
  onChanged: (change: LastChange) => void
}

export function ProductStock({ product, lastChange, onChanged }: ProductStockProps) {
  const t = useMessages(inventoryMessages)
  const single = product.variants.length === 1
  return (
    <li className="panel coop-card">
      <div className="coop-product__head">
        {product.thumbnail && (
          // The title beside it names the piece; the picture only helps find it at a glance.
          <img className="coop-product__image" src={product.thumbnail} alt="" width={THUMBNAIL_SIZE} height={THUMBNAIL_SIZE} loading="lazy" />
        )}
        <div>
          <h3 className="coop-product__title">{product.title}</h3>
          {product.status !== "published" && <span className="coop-badge">{t("notPublished")}</span>}
        </div>
      </div>
      <ul className="stack-list coop-variants">
        {product.variants.map((variant) => {
          const variantTitle = single ? null : meaningfulVariantTitle(variant.title, product.title)
          return (
            <VariantStock
              key={variant.id}
              variant={variant}
              item={variantTitle ? `${product.title} (${variantTitle})` : product.title}
              variantTitle={variantTitle}
              lastChange={lastChange}
              onChanged={onChanged}
            />
          )
        })}
      </ul>
    </li>
  )
}
