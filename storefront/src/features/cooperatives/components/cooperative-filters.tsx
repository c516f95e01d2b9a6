import { useId } from "react"
import {
  DEPARTMENTS_WEST_TO_EAST,
  PRODUCER_GROUPS,
  departmentName,
  isDepartmentCode,
  isProducerGroup,
  producerGroupMessages,
} from "@/lib/cooperative-terms"
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
  const groupName = useMessages(producerGroupMessages)
  const id = useId()
  const filtered = Boolean(filters.producerGroup || filters.department)
  return (
    <form className="cooperative-filters" aria-label={t("filtersLabel")} onSubmit={(event) => event.preventDefault()}>
      <div className="cooperative-filters__field">
        <label htmlFor={`${id}-group`}>{t("groupLabel")}</label>
        <select
          className="control"
          id={`${id}-group`}
          value={filters.producerGroup ?? ""}
          onChange={(event) => {
            const value = event.target.value
            onChange({ ...filters, producerGroup: isProducerGroup(value) ? value : undefined })
          }}
        >
          <option value="">{t("allGroups")}</option>
          {PRODUCER_GROUPS.map((group) => (
            <option key={group} value={group}>
              {groupName(group)}
            </option>
          ))}
        </select>
      </div>
      <div className="cooperative-filters__field">
        <label htmlFor={`${id}-department`}>{t("departmentLabel")}</label>
        <select
          className="control"
          id={`${id}-department`}
          value={filters.department ?? ""}
          onChange={(event) => {
            const value = event.target.value
            onChange({ ...filters, department: isDepartmentCode(value) ? value : undefined })
          }}
        >
          <option value="">{t("allDepartments")}</option>
          {DEPARTMENTS_WEST_TO_EAST.map((code) => (
            <option key={code} value={code}>
              {departmentName(code)}
            </option>
          ))}
        </select>
      </div>
      {filtered && (
        <button type="button" className="outline-button cooperative-filters__clear" onClick={() => onChange({})}>
          {t("clearFilters")}
        </button>
      )}
    </form>
  )
}
