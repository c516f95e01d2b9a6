interface ProductGridSkeletonProps {
  cards?: number
}

export function ProductGridSkeleton({ cards = 8 }: ProductGridSkeletonProps) {
  return (
    <>
      <p role="status" className="visually-hidden">
        Loading crafts…
      </p>
      <ul className="product-grid" aria-hidden="true">
        {Array.from({ length: cards }, (_, index) => (
          <li key={index} className="product-card product-card--skeleton" aria-busy="true">
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
