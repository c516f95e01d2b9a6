import { Link } from "react-router-dom"
import { formatPrice } from "@/lib/format-price"
import { useMessages } from "@/lib/i18n"
import type { Product } from "../api/get-products"
import { productMessages } from "../messages"
import { lowestPrice } from "../utils/lowest-price"
import "./products.css"

// The seed's illustrations are square; the attributes reserve the space before they load.
const IMAGE_SIZE = 400

interface ProductCardProps {
  product: Product
  locale: string
  /** On the first screen: the picture is fetched at once and first, not lazily once laid out. */
  firstScreen?: boolean
}

export function ProductCard({ product, locale, firstScreen = false }: ProductCardProps) {
  const t = useMessages(productMessages)
  const price = lowestPrice(product.variants)
  return (
    <article className="link-card product-card">
      {product.thumbnail ? (
        <img
          className="product-card__image"
          src={product.thumbnail}
          alt={product.title}
          width={IMAGE_SIZE}
          height={IMAGE_SIZE}
          loading={firstScreen ? "eager" : "lazy"}
          // React 18 passes lowercase unknown attributes through; the camelCase prop arrives only in React 19.
          {...(firstScreen ? { fetchpriority: "high" } : {})}
          decoding="async"
        />
      ) : (
        <div className="product-card__image product-card__image--missing" aria-hidden="true" />
      )}
      <div className="product-card__body">
        <h3 className="product-card__title">
          {/* The title is the one link; CSS stretches its target over the whole card. */}
          <Link className="product-card__link" to={`/products/${encodeURIComponent(product.handle ?? product.id)}`}>
            {product.title}
          </Link>
        </h3>
        {product.subtitle && <p className="product-card__subtitle">{product.subtitle}</p>}
        {product.cooperative && <p className="product-card__maker">{t("madeBy", { name: product.cooperative.name })}</p>}
        <p className="product-card__price">
          {price ? t("from", { price: formatPrice(price.amount, price.currencyCode, locale) }) : t("notSold")}
        </p>
      </div>
    </article>
  )
}
