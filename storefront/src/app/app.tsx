import { ErrorState } from "@/components/error-state"
import { ProductGrid } from "@/features/products/components/product-grid"
import { RegionPicker } from "@/features/regions/components/region-picker"
import { useSelectedRegion } from "@/features/regions/hooks/use-selected-region"

// The browser's language sets number formats and the first-visit region.
const locale = navigator.language || "en-US"

export function App() {
  const { regionsQuery, regions, region, selectRegion } = useSelectedRegion(locale)

  let main
  if (regionsQuery.isError) {
    main = (
      <ErrorState
        title="We couldn't load the places we ship to."
        error={regionsQuery.error}
        onRetry={() => void regionsQuery.refetch()}
        retrying={regionsQuery.isFetching}
      />
    )
  } else if (regionsQuery.isSuccess && regions.length === 0) {
    main = (
      <div className="state">
        <p className="state__title">The shop is not open yet.</p>
        <p>No shipping regions are set up; please come back soon.</p>
      </div>
    )
  } else {
    main = <ProductGrid regionId={region?.id} locale={locale} />
  }

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the crafts
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <div className="brand">
            <h1 className="brand__name">CIS Fair Trade Crafts</h1>
            <p className="brand__mission">
              Crafts made by Salvadoran cooperatives of women, youth and ex-combatants, sold on fair terms
            </p>
          </div>
          <RegionPicker
            regions={regions}
            selectedId={region?.id}
            onSelect={selectRegion}
            loading={regionsQuery.isPending}
          />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {main}
      </main>
    </>
  )
}
