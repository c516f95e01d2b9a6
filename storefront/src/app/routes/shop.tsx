import { CatalogFilters } from "@/features/catalog/components/catalog-filters"
import { CatalogHeader } from "@/features/catalog/components/catalog-header"
import {
  CatalogNotice,
  CooperativeSectionEmpty,
  NoResults,
  SeeAllByCooperative,
} from "@/features/catalog/components/catalog-notices"
import { useCatalog } from "@/features/catalog/hooks/use-catalog"
import { ProductGrid } from "@/features/products/components/product-grid"
import { useShop } from "../shop-context"

// A department with several cooperatives shows a few crafts of each.
const PER_COOPERATIVE = 4

export function Component() {
  const { region, locale } = useShop()
  const catalog = useCatalog()
  const { params, results } = catalog
  return (
    <div className="shop">
      <CatalogHeader />
      <CatalogFilters catalog={catalog} locale={locale} />
      <CatalogNotice catalog={catalog} />
      {results.kind === "products" && (
        <ProductGrid
          regionId={region?.id}
          locale={locale}
          filters={results.filters}
          sort={params.sort}
          page={params.page}
          onPageChange={(page) => catalog.update({ page })}
          empty={<NoResults onClear={catalog.clear} />}
        />
      )}
      {results.kind === "by-cooperative" &&
        results.cooperatives.map((cooperative) => (
          <ProductGrid
            key={cooperative.id}
            regionId={region?.id}
            locale={locale}
            filters={{ ...results.filters, cooperativeId: cooperative.id }}
            sort={params.sort}
            pageSize={PER_COOPERATIVE}
            title={cooperative.name}
            empty={<CooperativeSectionEmpty />}
            footer={<SeeAllByCooperative catalog={catalog} cooperative={cooperative} />}
          />
        ))}
    </div>
  )
}
