/**
 * Cooperatives list: sidebar entry, filters kept in the URL (so Back from a
 * cooperative returns to the same page and filters), paginated table, Create.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import { Button, createDataTableColumnHelper, Text } from "@medusajs/ui"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { CreateCooperativeModal } from "../../components/create-cooperative-modal"
import { CooperativeStatusBadge, ProducerGroupBadges } from "../../components/status-badges"
import { formatBps } from "../../lib/shares"
import { useCooperatives, type CooperativeListItem, type CooperativeListParams } from "../../lib/cooperatives-api"
import {
  COOPERATIVE_STATUSES,
  DEPARTMENTS,
  DEPARTMENT_CODES,
  PRODUCER_GROUPS,
  PRODUCER_GROUP_LABELS,
  STATUS_LABELS,
  departmentLabel,
  type CooperativeStatus,
  type DepartmentCode,
  type ProducerGroup,
} from "../../lib/vocabulary"
import { CodeFilter } from "../../components/list-filters"
import { ListTable } from "../../components/list-table"
import { SearchInput, useSearchText } from "../../components/search-input"
import { Section } from "../../components/section"

const PAGE_SIZE = 20

/** Reads a URL parameter only when it is one of the allowed values. */
function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined
}

function useListParams() {
  const [searchParams, setSearchParams] = useSearchParams()
  const offsetParam = Number(searchParams.get("offset"))
  const params: CooperativeListParams = {
    q: searchParams.get("q") || undefined,
    status: oneOf<CooperativeStatus>(searchParams.get("status"), COOPERATIVE_STATUSES),
    producer_group: oneOf<ProducerGroup>(searchParams.get("producer_group"), PRODUCER_GROUPS),
    department: oneOf<DepartmentCode>(searchParams.get("department"), DEPARTMENT_CODES),
    limit: PAGE_SIZE,
    offset: Number.isInteger(offsetParam) && offsetParam > 0 ? offsetParam : 0,
  }

  /** Sets (or clears) filters; any filter change goes back to the first page. */
  const update = (patch: Record<string, string | number | undefined>) => {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (!("offset" in patch)) next.delete("offset")
        for (const [key, value] of Object.entries(patch)) {
          if (value === undefined || value === "" || value === 0) next.delete(key)
          else next.set(key, String(value))
        }
        return next
      },
      { replace: true }
    )
  }

  return { params, update }
}

const column = createDataTableColumnHelper<CooperativeListItem>()

const COOPERATIVE_COLUMNS = [
  column.accessor("name", {
    header: "Name",
    truncateTooltip: false,
    cell: ({ row: { original: cooperative } }) => (
      <div className="flex flex-col py-2">
        <Link
          to={`/cooperatives/${cooperative.id}`}
          className="txt-compact-small-plus text-ui-fg-base hover:underline"
          onClick={(event) => event.stopPropagation()}
        >
          {cooperative.name}
        </Link>
        <Text size="xsmall" className="text-ui-fg-muted">
          {cooperative.handle}
        </Text>
      </div>
    ),
  }),
  column.accessor("producer_groups", { header: "Groups", truncateTooltip: false, cell: ({ getValue }) => <ProducerGroupBadges groups={getValue()} /> }),
  column.accessor("department", {
    header: "Department",
    cell: ({ row: { original: cooperative } }) => (
      <div className="flex flex-col">
        <span>{departmentLabel(cooperative.department)}</span>
        {cooperative.municipality && (
          <Text size="xsmall" className="text-ui-fg-muted">
            {cooperative.municipality}
          </Text>
        )}
      </div>
    ),
  }),
  column.accessor("share_bps", { header: "Share", align: "right", cell: ({ getValue }) => <span className="tabular-nums">{formatBps(getValue())}</span> }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <CooperativeStatusBadge status={getValue()} /> }),
  column.accessor("product_count", { header: "Products", align: "right", cell: ({ getValue }) => <span className="tabular-nums">{getValue() ?? "—"}</span> }),
]

const CooperativesPage = () => {
  const navigate = useNavigate()
  const { params, update } = useListParams()
  const cooperatives = useCooperatives(params)

  // The search box updates the URL only after typing pauses, not on every key.
  const search = useSearchText(params.q ?? "", (q) => update({ q: q || undefined }))

  const hasFilters = Boolean(params.q || params.status || params.producer_group || params.department)
  const offset = params.offset ?? 0
  const count = cooperatives.data?.count ?? 0

  return (
    <Section
      level="h1"
      title="Cooperatives"
      description="The producer cooperatives whose crafts the store sells."
      actions={<CreateCooperativeModal />}
    >

      <div className="flex flex-col gap-2 px-6 py-4 sm:flex-row sm:flex-wrap sm:items-center">
        <SearchInput search={search} label="Search cooperatives" placeholder="Search name or handle…" className="w-full sm:w-[260px]" />
        <CodeFilter label="Statuses" codes={COOPERATIVE_STATUSES} labels={STATUS_LABELS} value={params.status} onChange={(status) => update({ status })} />
        <CodeFilter
          label="Groups"
          codes={PRODUCER_GROUPS}
          labels={PRODUCER_GROUP_LABELS}
          value={params.producer_group}
          onChange={(producer_group) => update({ producer_group })}
        />
        <CodeFilter label="Departments" codes={DEPARTMENT_CODES} labels={DEPARTMENTS} value={params.department} onChange={(department) => update({ department })} />
        {hasFilters && (
          <Button
            size="small"
            variant="transparent"
            onClick={() => {
              search.clear()
              update({ q: undefined, status: undefined, producer_group: undefined, department: undefined })
            }}
          >
            Clear filters
          </Button>
        )}
      </div>

      <ListTable
        what="the cooperatives"
        query={cooperatives}
        rows={cooperatives.data?.cooperatives}
        columns={COOPERATIVE_COLUMNS}
        rowId={(cooperative) => cooperative.id}
        onRowClick={(_, cooperative) => navigate(`/cooperatives/${cooperative.id}`)}
        empty={{
          heading: hasFilters ? "No cooperative matches these filters" : "No cooperatives yet",
          description: hasFilters ? "Try other filters, or clear them." : "Create the first one with the Create button.",
        }}
        page={{ count, offset, pageSize: PAGE_SIZE, onOffset: (next) => update({ offset: next }) }}
      />
    </Section>
  )
}

export const config = defineRouteConfig({ label: "Cooperatives", icon: Buildings })

export const handle = { breadcrumb: () => "Cooperatives" }

export default CooperativesPage
