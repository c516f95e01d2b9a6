import { useRef, useState } from "react"
import { ErrorState } from "@/components/error-state"
import { Pagination } from "@/components/pagination"
import { useProducts } from "../api/get-products"
import { ProductCard } from "./product-card"
import { ProductGridSkeleton } from "./product-grid-skeleton"

const PAGE_SIZE = 24

interface ProductGridProps {
  /** Undefined while the region is still being chosen: the grid shows its skeleton. */
  regionId: string | undefined
  locale: string
}

export function ProductGrid({ regionId, locale }: ProductGridProps) {
  const [offset, setOffset] = useState(0)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const products = useProducts(regionId ? { regionId, limit: PAGE_SIZE, offset } : undefined)

  const changePage = (nextOffset: number) => {
    setOffset(nextOffset)
    // Keyboard and screen-reader users land at the top of the new page, not on a far button.
    headingRef.current?.focus()
  }

  let content
  if (products.isPending) {
    content = <ProductGridSkeleton />
  } else if (products.isError) {
    content = (
      <ErrorState
        title="We couldn't load the crafts."
        error={products.error}
        onRetry={() => void products.refetch()}
        retrying={products.isFetching}
      />
    )
  } else if (products.data.products.length === 0) {
    content = (
      <div className="state">
        <p className="state__title">No crafts here yet.</p>
        {offset > 0 ? (
          <button type="button" className="button" onClick={() => changePage(0)}>
            Back to the first page
          </button>
        ) : (
          <p>The cooperatives' crafts will appear here as soon as they are listed.</p>
        )}
      </div>
    )
  } else {
    const { products: items, count } = products.data
    content = (
      <>
        <ul className="product-grid" aria-busy={products.isPlaceholderData}>
          {items.map((product) => (
            <li key={product.id}>
              <ProductCard product={product} locale={locale} />
            </li>
          ))}
        </ul>
        <Pagination
          offset={offset}
          limit={PAGE_SIZE}
          count={count}
          onOffsetChange={changePage}
          disabled={products.isPlaceholderData}
        />
      </>
    )
  }

  return (
    <section className="catalog" aria-labelledby="catalog-heading">
      <h2 id="catalog-heading" ref={headingRef} tabIndex={-1}>
        Crafts
      </h2>
      {content}
    </section>
  )
}
