import { useParams } from "react-router-dom"
import { useCooperative } from "@/features/cooperatives/api/get-cooperative"
import {
  CooperativeProfile,
  CooperativeProfileError,
  CooperativeProfileSkeleton,
} from "@/features/cooperatives/components/cooperative-profile"
import { ProductGrid } from "@/features/products/components/product-grid"
import { usePageParam } from "@/lib/use-page-param"
import { useShop } from "../shop-context"

export function Component() {
  const { handle } = useParams()
  const { region, locale, language } = useShop()
  const [page, setPage] = usePageParam()
  const cooperative = useCooperative(handle)

  if (cooperative.isPending) return <CooperativeProfileSkeleton />
  if (cooperative.isError) {
    return (
      <CooperativeProfileError
        error={cooperative.error}
        onRetry={() => void cooperative.refetch()}
        retrying={cooperative.isFetching}
      />
    )
  }
  return (
    <>
      <CooperativeProfile cooperative={cooperative.data} language={language} locale={locale} />
      <ProductGrid
        regionId={region?.id}
        locale={locale}
        filters={{ cooperativeId: cooperative.data.id }}
        page={page}
        onPageChange={setPage}
      />
    </>
  )
}
