import { formatPrice } from "@/lib/format-price"
import type { Product } from "../api/get-products"
import { lowestPrice } from "../utils/lowest-price"

// The seed's illustrations are square; the attributes reserve the space before they load.
const IMAGE_SIZE = 400

interface ProductCardProps {
  product: Product
  locale: string
}

export function ProductCard({ product, locale }: ProductCardProps) {
  const price = lowestPrice(product.variants)
  return (
    <article className="product-card">
      {product.thumbnail ? (
        <img
          className="product-card__image"
          src={product.thumbnail}
          alt={product.title}
          width={IMAGE_SIZE}
          height={IMAGE_SIZE}
          loading="lazy"
          decoding="async"
        />
      ) : (
        <div className="product-card__image product-card__image--missing" aria-hidden="true" />
      )}
      <div className="product-card__body">
        <h3 className="product-card__title">{product.title}</h3>
        {product.subtitle && <p className="product-card__subtitle">{product.subtitle}</p>}
        {product.cooperative && <p className="product-card__maker">Made by {product.cooperative.name}</p>}
        <p className="product-card__price">
          {price ? `from ${formatPrice(price.amount, price.currencyCode, locale)}` : "Not sold in this region"}
        </p>
      </div>
    </article>
  )
}
