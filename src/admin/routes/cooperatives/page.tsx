/**
 * Cooperatives list: sidebar entry, filters kept in the URL (so Back from a
 * cooperative returns to the same page and filters), paginated table, Create.
 */
import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Buildings } from "@medusajs/icons"
import {
  Alert,
  Button,
  Container,
  Heading,
  Input,
  Select,
  Skeleton,
  Table,
  Text,
} from "@medusajs/ui"
import { useEffect, useRef, useState } from "react"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { CreateCooperativeModal } from "../../components/create-cooperative-modal"
import { CooperativeStatusBadge, ProducerGroupBadges } from "../../components/status-badges"
import { errorMessage } from "../../lib/errors"
import { formatBps } from "../../lib/shares"
import { useCooperatives, type CooperativeListParams } from "../../lib/cooperatives-api"
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
import { OffsetPagination } from "../../components/offset-pagination"

const PAGE_SIZE = 20
/** Radix Select items cannot be empty, so "no filter" is this value. */
const ALL = "all"
const SEARCH_DELAY_MS = 300

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
          if (value === undefined || value === "" || value === ALL || value === 0) next.delete(key)
          else next.set(key, String(value))
        }
        return next
      },
      { replace: true }
    )
  }

  return { params, update }
}

function FilterSelect<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string
  value: T | undefined
  options: { value: T; label: string }[]
  onChange: (value: T | undefined) => void
}) {
  return (
    <Select
      size="small"
      value={value ?? ALL}
      onValueChange={(next) => onChange(next === ALL ? undefined : (next as T))}
    >
      <Select.Trigger aria-label={label} className="w-full sm:w-[180px]">
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={ALL}>{`All ${label.toLowerCase()}`}</Select.Item>
        {options.map((option) => (
          <Select.Item key={option.value} value={option.value}>
            {option.label}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

const CooperativesPage = () => {
  const navigate = useNavigate()
  const { params, update } = useListParams()
  const { data, isPending, isError, error, refetch, isFetching } = useCooperatives(params)

  // The search box updates the URL only after typing pauses, not on every key.
  const [search, setSearch] = useState(params.q ?? "")
  const searchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const changeSearch = (text: string) => {
    setSearch(text)
    clearTimeout(searchTimer.current)
    searchTimer.current = setTimeout(() => update({ q: text.trim() || undefined }), SEARCH_DELAY_MS)
  }
  useEffect(() => () => clearTimeout(searchTimer.current), [])

  const hasFilters = Boolean(params.q || params.status || params.producer_group || params.department)
  const offset = params.offset ?? 0
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h1">Cooperatives</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            The producer cooperatives whose crafts the store sells.
          </Text>
        </div>
        <CreateCooperativeModal />
      </div>

      <div className="flex flex-col gap-2 px-6 py-4 sm:flex-row sm:flex-wrap sm:items-center">
        <Input
          type="search"
          size="small"
          placeholder="Search name or handle…"
          aria-label="Search cooperatives"
          value={search}
          onChange={(event) => changeSearch(event.target.value)}
          className="w-full sm:w-[260px]"
        />
        <FilterSelect
          label="Statuses"
          value={params.status}
          options={COOPERATIVE_STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          onChange={(status) => update({ status })}
        />
        <FilterSelect
          label="Groups"
          value={params.producer_group}
          options={PRODUCER_GROUPS.map((g) => ({ value: g, label: PRODUCER_GROUP_LABELS[g] }))}
          onChange={(producer_group) => update({ producer_group })}
        />
        <FilterSelect
          label="Departments"
          value={params.department}
          options={DEPARTMENT_CODES.map((d) => ({ value: d, label: DEPARTMENTS[d] }))}
          onChange={(department) => update({ department })}
        />
        {hasFilters && (
          <Button
            size="small"
            variant="transparent"
            onClick={() => {
              clearTimeout(searchTimer.current)
              setSearch("")
              update({ q: undefined, status: undefined, producer_group: undefined, department: undefined })
            }}
          >
            Clear filters
          </Button>
        )}
      </div>

      {isError ? (
        <div className="px-6 py-4">
          <Alert variant="error">
            <div className="flex flex-col gap-y-2">
              <Text size="small">Could not load the cooperatives: {errorMessage(error)}</Text>
              <div>
                <Button size="small" variant="secondary" onClick={() => void refetch()}>
                  Try again
                </Button>
              </div>
            </div>
          </Alert>
        </div>
      ) : (
        <div className="overflow-x-auto">
          {/* Scrolls sideways on a phone rather than squeezing names into one word per line. */}
          <Table className="min-w-[720px]">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Name</Table.HeaderCell>
                <Table.HeaderCell>Groups</Table.HeaderCell>
                <Table.HeaderCell>Department</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Share</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Products</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {isPending &&
                Array.from({ length: 5 }, (_, row) => (
                  <Table.Row key={`loading-${row}`}>
                    {Array.from({ length: 6 }, (_, cell) => (
                      <Table.Cell key={cell}>
                        <Skeleton className="h-4 w-full max-w-[120px]" />
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              {data?.cooperatives.map((cooperative) => (
                <Table.Row
                  key={cooperative.id}
                  className="cursor-pointer"
                  onClick={() => navigate(`/cooperatives/${cooperative.id}`)}
                >
                  <Table.Cell>
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
                  </Table.Cell>
                  <Table.Cell>
                    <ProducerGroupBadges groups={cooperative.producer_groups} />
                  </Table.Cell>
                  <Table.Cell>
                    <div className="flex flex-col">
                      <span>{departmentLabel(cooperative.department)}</span>
                      {cooperative.municipality && (
                        <Text size="xsmall" className="text-ui-fg-muted">
                          {cooperative.municipality}
                        </Text>
                      )}
                    </div>
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap text-right tabular-nums">{formatBps(cooperative.share_bps)}</Table.Cell>
                  <Table.Cell>
                    <CooperativeStatusBadge status={cooperative.status} />
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {cooperative.product_count ?? "—"}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {!isPending && data && data.cooperatives.length === 0 && (
            <div className="flex flex-col items-center gap-y-1 px-6 py-10">
              <Text size="small" weight="plus">
                {hasFilters ? "No cooperative matches these filters" : "No cooperatives yet"}
              </Text>
              <Text size="small" className="text-ui-fg-subtle">
                {hasFilters ? "Try other filters, or clear them." : "Create the first one with the Create button."}
              </Text>
            </div>
          )}
        </div>
      )}

      {!isError && (
        <OffsetPagination count={count} offset={offset} pageSize={PAGE_SIZE} busy={isFetching} onOffset={(next) => update({ offset: next })} />
      )}
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Cooperatives",
  icon: Buildings,
})

export const handle = {
  breadcrumb: () => "Cooperatives",
}

export default CooperativesPage
