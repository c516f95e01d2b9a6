/**
 * Every stock count this cooperative's coordinators set, newest first: who,
 * when, which variant, from and to, and why. Staff read it to trace a count
 * that looks wrong back to the person and the moment it changed.
 */
import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { Cooperative } from "../lib/cooperatives-api"
import { useCoordinators, useStockChanges, type StockChange } from "../lib/coordinators-api"
import { formatDateTime } from "../lib/format"
import { useVariantSummaries, type VariantSummary } from "../lib/products-api"
import { useUrlFilters } from "../lib/use-url-filters"
import { FilterSelect } from "./filter-select"
import { EmptyState, QueryError, SkeletonRows } from "./list-states"
import { Section } from "./section"
import { OffsetPagination } from "./offset-pagination"

const PAGE_SIZE = 20
const COLUMNS = 5

function VariantCell({
  change,
  variant,
  productTitle,
}: {
  change: StockChange
  variant: VariantSummary | undefined
  productTitle: string | undefined
}) {
  const title = variant?.product?.title ?? productTitle
  const detail = [variant?.title, variant?.sku ? `SKU ${variant.sku}` : undefined].filter(Boolean).join(" · ")
  return (
    <div className="flex flex-col py-2">
      <Link
        to={`/products/${change.product_id}`}
        className="txt-compact-small-plus text-ui-fg-interactive max-w-[260px] truncate hover:underline"
        title={title ?? change.product_id}
      >
        {title ?? change.product_id}
      </Link>
      {detail ? (
        <Text size="xsmall" className="text-ui-fg-subtle">
          {detail}
        </Text>
      ) : (
        <Text size="xsmall" className="text-ui-fg-muted font-mono">
          {change.variant_id}
        </Text>
      )}
    </div>
  )
}

function QuantityChange({ from, to }: { from: number; to: number }) {
  const delta = to - from
  return (
    <div className="flex items-baseline justify-end gap-x-2 tabular-nums">
      <span aria-hidden="true">
        {from} → {to}
      </span>
      <span className="sr-only">
        from {from} to {to}
      </span>
      <Text
        size="xsmall"
        className={delta < 0 ? "text-ui-fg-error" : delta > 0 ? "text-ui-tag-green-text" : "text-ui-fg-muted"}
      >
        ({delta > 0 ? `+${delta}` : delta})
      </Text>
    </div>
  )
}

export function CoordinatorStockChangesSection({ cooperative }: { cooperative: Cooperative }) {
  const { filters, offset, update, setOffset } = useUrlFilters("stock_changes_", ["coordinator_id"] as const)
  const coordinators = useCoordinators(cooperative.id)
  const { data, isPending, isError, error, refetch, isFetching } = useStockChanges({
    cooperative_id: cooperative.id,
    coordinator_id: filters.coordinator_id,
    limit: PAGE_SIZE,
    offset,
  })
  const changes = data?.stock_changes ?? []
  // A nicety: while it loads or if it fails, rows show the variant id instead.
  const variants = useVariantSummaries(changes.map((change) => change.variant_id))

  const coordinatorList = coordinators.data?.coordinators ?? []
  const nameOf = (id: string) => coordinatorList.find((c) => c.id === id)?.name ?? id
  const productTitleOf = (id: string) => cooperative.products?.find((p) => p.id === id)?.title
  const count = data?.count ?? 0

  return (
    <Section
      title="Stock changes by coordinators"
      description="Every stock count set in the portal, newest first."
      actions={
        coordinatorList.length > 1 || filters.coordinator_id ? (
          <FilterSelect
            label="Coordinators"
            value={filters.coordinator_id}
            options={coordinatorList.map((c) => ({ value: c.id, label: c.name }))}
            onChange={(coordinator_id) => update({ coordinator_id })}
          />
        ) : undefined
      }
    >
      {isError ? (
        <QueryError what="the stock changes" error={error} onRetry={() => void refetch()} />
      ) : (
        <div className="overflow-x-auto">
          <Table className="min-w-[800px]">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>When</Table.HeaderCell>
                <Table.HeaderCell>Coordinator</Table.HeaderCell>
                <Table.HeaderCell>Variant</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Stock</Table.HeaderCell>
                <Table.HeaderCell>Reason</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {isPending && <SkeletonRows rows={3} columns={COLUMNS} />}
              {changes.map((change) => (
                <Table.Row key={change.id}>
                  <Table.Cell className="whitespace-nowrap">{formatDateTime(change.created_at)}</Table.Cell>
                  <Table.Cell>{nameOf(change.coordinator_id)}</Table.Cell>
                  <Table.Cell>
                    <VariantCell
                      change={change}
                      variant={variants.data?.get(change.variant_id)}
                      productTitle={productTitleOf(change.product_id)}
                    />
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">
                    <QuantityChange from={change.from_quantity} to={change.to_quantity} />
                  </Table.Cell>
                  <Table.Cell>
                    {change.reason ? (
                      <Text size="small" className="max-w-[280px] truncate" title={change.reason}>
                        {change.reason}
                      </Text>
                    ) : (
                      <Text size="small" className="text-ui-fg-muted">
                        —
                      </Text>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {!isPending && changes.length === 0 && (
            <EmptyState
              title={filters.coordinator_id ? "No stock changes by this coordinator" : "No stock changes yet"}
              description={
                filters.coordinator_id
                  ? "Choose all coordinators to see everyone's."
                  : "Counts that coordinators set in the portal show here."
              }
            />
          )}
        </div>
      )}
      {!isError && (
        <OffsetPagination count={count} offset={offset} pageSize={PAGE_SIZE} busy={isFetching} onOffset={setOffset} />
      )}
    </Section>
  )
}
