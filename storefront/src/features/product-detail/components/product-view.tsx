import { useState, type ReactNode } from "react"
import { Link } from "react-router-dom"
import { useMessages } from "@/lib/i18n"
import type { ProductDetail } from "../api/get-product-by-handle"
import { productDetailMessages } from "../messages"
import { dimensionsOf } from "../utils/dimensions"
import { checkQuantity } from "../utils/quantity"
import { findVariant, initialSelection } from "../utils/select-variant"
import { maxOrderable, stockOf } from "../utils/stock"
import { CraftOriginDetails } from "./craft-origin-details"
import { MadeByCard } from "./made-by-card"
import { MoneyBreakdown } from "./money-breakdown"
import { ProductGallery } from "./product-gallery"
import { ProductSize } from "./product-size"
import { PurchaseForm } from "./purchase-form"
import { VariantPicker } from "./variant-picker"

interface ProductViewProps {
  product: ProductDetail
  /** True while the same craft is being re-priced for another region. */
  busy: boolean
  locale: string
  onAddToCart: (variantId: string, quantity: number) => Promise<void>
  /** Under Add to cart: what the page mounting the craft adds (delivery and returns). */
  children?: ReactNode
}

const byRank = <T extends { rank?: number | null }>(a: T, b: T) => (a.rank ?? 0) - (b.rank ?? 0)

export function ProductView({ product, busy, locale, onAddToCart, children }: ProductViewProps) {
  const t = useMessages(productDetailMessages)
  const variants = product.variants ?? []
  const options = (product.options ?? []).map((option) => ({ ...option, values: [...(option.values ?? [])].sort(byRank) }))
  const [selection, setSelection] = useState(() => initialSelection(variants))
  const [quantityText, setQuantityText] = useState("1")
  const variant = findVariant(variants, options, selection)

  const images = [...(product.images ?? [])].sort(byRank).map((image) => image.url)
  if (images.length === 0 && product.thumbnail) images.push(product.thumbnail)

  const choose = (optionId: string, valueId: string) => {
    const next = { ...selection, [optionId]: valueId }
    setSelection(next)
    // Keeps the quantity within what the newly chosen variant has in stock.
    const nextVariant = findVariant(variants, options, next)
    const max = nextVariant ? maxOrderable(stockOf(nextVariant)) : undefined
    const current = checkQuantity(quantityText, undefined)
    if (max !== undefined && current.ok && current.quantity > max) setQuantityText(String(Math.max(1, max)))
  }

  const price = variant?.calculated_price
  const quantity = checkQuantity(quantityText, variant ? maxOrderable(stockOf(variant)) : undefined)
  const category = product.categories?.[0]

  return (
    <article className="product-detail" aria-busy={busy}>
      <nav aria-label={t("breadcrumb")} className="product-detail__breadcrumb">
        <ol>
          <li>
            <Link to="/shop">{t("shop")}</Link>
          </li>
          {category && <li>{category.name}</li>}
          <li aria-current="page">{product.title}</li>
        </ol>
      </nav>

      <div className="product-detail__top">
        <ProductGallery title={product.title} images={images} />
        <div className="product-detail__summary">
          <h1 className="product-detail__title">{product.title}</h1>
          {product.subtitle && <p className="product-detail__subtitle">{product.subtitle}</p>}
          {product.cooperative && (
            <p className="product-detail__maker">
              {t("madeBy")}{" "}
              <Link to={`/cooperatives/${encodeURIComponent(product.cooperative.handle)}`}>{product.cooperative.name}</Link>
            </p>
          )}
          <VariantPicker options={options} variants={variants} selection={selection} onChange={choose} />
          <ProductSize dimensions={dimensionsOf(variant, product)} locale={locale} />
          <PurchaseForm
            variant={variant}
            quantityText={quantityText}
            onQuantityChange={setQuantityText}
            locale={locale}
            onAddToCart={onAddToCart}
          />
          {children}
        </div>
      </div>

      <div className="product-detail__more">
        <div className="product-detail__story">
          {product.description?.split(/\n\s*\n/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          {product.craft_origin && <CraftOriginDetails origin={product.craft_origin} locale={locale} />}
        </div>
        <div className="product-detail__aside">
          {price?.calculated_amount != null && price.currency_code && (
            <MoneyBreakdown
              price={{ ...price, calculated_amount: price.calculated_amount, currency_code: price.currency_code }}
              quantity={quantity.ok ? quantity.quantity : 1}
              cooperative={product.cooperative}
              locale={locale}
            />
          )}
          {product.cooperative && <MadeByCard cooperative={product.cooperative} />}
        </div>
      </div>
    </article>
  )
}
