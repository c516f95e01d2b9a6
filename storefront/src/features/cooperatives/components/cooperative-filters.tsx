import { useId } from "react"
import { DepartmentOptions, ProducerGroupOptions, SelectField } from "@/components/select-field"
import { isDepartmentCode, isProducerGroup } from "@/lib/cooperative-terms"
import { useMessages } from "@/lib/i18n"
import type { DirectoryFilters } from "../hooks/use-directory-params"
import { cooperativeMessages } from "../messages"
import "./cooperatives.css"

interface CooperativeFiltersProps {
  filters: DirectoryFilters
  onChange: (filters: DirectoryFilters) => void
}

export function CooperativeFilters({ filters, onChange }: CooperativeFiltersProps) {
  const t = useMessages(cooperativeMessages)
  const id = useId()
  const filtered = Boolean(filters.producerGroup || filters.department)
  const field = (name: "group" | "department") => ({ id: `${id}-${name}`, label: t(`${name}Label`), fieldClassName: "cooperative-filters__field" })
  return (
    <form className="cooperative-filters" aria-label={t("filtersLabel")} onSubmit={(event) => event.preventDefault()}>
      <SelectField
        {...field("group")}
        value={filters.producerGroup ?? ""}
        onChange={(value) => onChange({ ...filters, producerGroup: isProducerGroup(value) ? value : undefined })}
      >
        <ProducerGroupOptions all={t("allGroups")} />
      </SelectField>
      <SelectField
        {...field("department")}
        value={filters.department ?? ""}
        onChange={(value) => onChange({ ...filters, department: isDepartmentCode(value) ? value : undefined })}
      >
        <DepartmentOptions all={t("allDepartments")} />
      </SelectField>
      {filtered && (
        <button type="button" className="outline-button cooperative-filters__clear" onClick={() => onChange({})}>
          {t("clearFilters")}
        </button>
      )}
    </form>
  )
}
