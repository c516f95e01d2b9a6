import { useEffect, useId, useRef, useState, type ReactNode } from "react"
import { ErrorState } from "@/components/error-state"
import { Pager } from "@/components/pager"
import { useCatalogLocale, useMessages } from "@/lib/i18n"
import { retryOf } from "@/lib/retry-of"
import { useProducts } from "../api/get-products"
import { DEFAULT_PAGE_SIZE, type ProductFilters, type ProductSort } from "../api/query-keys"
import { productMessages } from "../messages"
import { ProductCard } from "./product-card"
import { ProductGridSkeleton } from "./product-grid-skeleton"

const PAGE_SIZE = DEFAULT_PAGE_SIZE
// The cards a phone (one or two columns) shows before any scrolling: their pictures load at once.
const FIRST_SCREEN_CARDS = 2
/**
 * The cards drawn in the grid's first frame; the rest follow once it is on
 * screen. A slow phone spent over 100 ms laying out a full page of 24 cards
 * before it could paint the first one; a few cover any screen's first view.
 */
export const FIRST_FRAME_CARDS = 6

interface ProductGridProps {
  /** Undefined while the region is still being chosen: the grid shows its skeleton. */
  regionId: string | undefined
  locale: string
  filters?: ProductFilters
  sort?: ProductSort
  /** 1-based. With `onPageChange` the grid pages and shows its count; without, it shows one page. */
  page?: number
  onPageChange?: (page: number) => void
  pageSize?: number
  /** The section's heading; "Crafts" by default. */
  title?: string
  /** Replaces the default "no crafts yet" message, e.g. with a way to clear filters. */
  empty?: ReactNode
  /** Shown under the cards when there are some, e.g. a "see all" link. */
  footer?: ReactNode
}

export function ProductGrid({
  regionId,
  locale,
  filters = {},
  sort = "newest",
  page = 1,
  onPageChange,
  pageSize = PAGE_SIZE,
  title,
  empty,
  footer,
}: ProductGridProps) {
  const t = useMessages(productMessages)
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const offset = (page - 1) * pageSize
  const catalogLocale = useCatalogLocale()
  const products = useProducts(regionId ? { ...filters, sort, regionId, limit: pageSize, offset, catalogLocale } : undefined)
  const drawnAll = useDrawnAfterFirstFrame(Boolean(products.data?.products.length))

  const paged = onPageChange !== undefined
  const changePage = (next: number) => {
    onPageChange?.(next)
    // Keyboard and screen-reader users land at the top of the new page, not on a far button.
    headingRef.current?.focus()
  }

  let content
  if (products.isPending) {
    content = <ProductGridSkeleton cards={Math.min(pageSize, 8)} />
  } else if (products.isError) {
    content = (
      <ErrorState title={t("error")} {...retryOf(products)} />
    )
  } else if (products.data.products.length === 0) {
    content =
      offset > 0 && paged ? (
        <div className="state">
          <p className="state__title">{t("emptyTitle")}</p>
          <button type="button" className="button" onClick={() => changePage(1)}>
            {t("firstPage")}
          </button>
        </div>
      ) : (
        (empty ?? (
          <div className="state">
            <p className="state__title">{t("emptyTitle")}</p>
            <p>{t("emptyBody")}</p>
          </div>
        ))
      )
  } else {
    const { products: items, count } = products.data
    content = (
      <>
        <ul className="product-grid" aria-busy={products.isPlaceholderData}>
          {(drawnAll ? items : items.slice(0, FIRST_FRAME_CARDS)).map((product, index) => (
            <li key={product.id}>
              <ProductCard product={product} locale={locale} firstScreen={index < FIRST_SCREEN_CARDS} />
            </li>
          ))}
        </ul>
        {paged && (
          <Pager
            page={page}
            pageSize={pageSize}
            count={count}
            onPageChange={changePage}
            disabled={products.isPlaceholderData}
          />
        )}
        {footer && <div className="catalog__footer">{footer}</div>}
      </>
    )
  }

  const count = products.data?.count
  return (
    <section className="catalog" aria-labelledby={headingId}>
      <div className="catalog__header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {title ?? t("heading")}
        </h2>
        {/* Announced when filters change the results, without moving focus. */}
        {paged && (
          <p className="catalog__count" aria-live="polite">
            {count === undefined || products.isError ? "" : count === 1 ? t("countOne") : t("count", { count })}
          </p>
        )}
      </div>
      {content}
    </section>
  )
}

/** False until the frame after the first one with cards: then the whole page of cards is drawn, for good. */
function useDrawnAfterFirstFrame(hasCards: boolean): boolean {
  const [drawn, setDrawn] = useState(false)
  useEffect(() => {
    if (!hasCards || drawn) return
    // After the frame with the first cards is painted, not within it.
    let timer: ReturnType<typeof setTimeout> | undefined
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setDrawn(true))
    })
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [hasCards, drawn])
  return drawn
}
