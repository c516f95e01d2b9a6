import { CooperativeDirectoryHeader } from "@/features/cooperatives/components/cooperative-directory-header"
import { CooperativeFilters } from "@/features/cooperatives/components/cooperative-filters"
import { CooperativeList } from "@/features/cooperatives/components/cooperative-list"
import { useDirectoryParams } from "@/features/cooperatives/hooks/use-directory-params"

export function Component() {
  const { filters, page, setFilters, setPage } = useDirectoryParams()
  return (
    <>
      <CooperativeDirectoryHeader />
      <CooperativeFilters filters={filters} onChange={setFilters} />
      <CooperativeList filters={filters} page={page} onPageChange={setPage} onClearFilters={() => setFilters({})} />
    </>
  )
}
