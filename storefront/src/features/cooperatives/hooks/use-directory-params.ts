import { useCallback } from "react"
import { useSearchParams } from "react-router-dom"
import { isDepartmentCode, isProducerGroup, type DepartmentCode, type ProducerGroup } from "@/lib/cooperative-terms"
import { useSetPageParam } from "@/lib/use-page-param"

export interface DirectoryFilters {
  producerGroup?: ProducerGroup
  department?: DepartmentCode
}

// The list changes in place under the filters; no jump to the top of the page.
const STAY = { preventScrollReset: true }

/**
 * The directory's filters and page live in the URL (?group=women&department=morazan&page=2),
 * so a link can be shared and the back button undoes a filter. Unknown values are ignored.
 */
export function useDirectoryParams() {
  const [searchParams, setSearchParams] = useSearchParams()
  const group = searchParams.get("group")
  const department = searchParams.get("department")
  const filters: DirectoryFilters = {
    producerGroup: isProducerGroup(group) ? group : undefined,
    department: isDepartmentCode(department) ? department : undefined,
  }
  const page = Math.max(1, Math.floor(Number(searchParams.get("page"))) || 1)

  const setFilters = useCallback(
    (next: DirectoryFilters) => {
      const params = new URLSearchParams()
      if (next.producerGroup) params.set("group", next.producerGroup)
      if (next.department) params.set("department", next.department)
      // A new filter starts from its first page.
      setSearchParams(params, STAY)
    },
    [setSearchParams]
  )
  const setPage = useSetPageParam()
  return { filters, page, setFilters, setPage }
}
