/**
 * Every stock count this cooperative's coordinators set, newest first: who,
 * when, which variant, from and to, and why. Staff read it to trace a count
 * that looks wrong back to the person and the moment it changed.
 */
import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import type { Cooperative } from "../lib/cooperatives-api"
import { useCoordinators, useStockChanges, type StockChange } from "../lib/coordinators-api"
import { formatDateTime } from "../lib/format"
import { useVariantSummaries, type VariantSummary } from "../lib/products-api"
import { useUrlFilters } from "../lib/use-url-filters"
import { nameOptions } from "../lib/filter-options"
import { FilterSelect } from "./filter-select"
import { ListTable } from "./list-table"
import { Section } from "./section"

const PAGE_SIZE = 20

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

const column = createDataTableColumnHelper<StockChange>()

function stockChangeColumns(nameOf: (id: string) => string, variantCell: (change: StockChange) => ReactNode) {
  return [
    column.accessor("created_at", { header: "When", cell: ({ getValue }) => formatDateTime(getValue()) }),
    column.accessor("coordinator_id", { header: "Coordinator", cell: ({ getValue }) => nameOf(getValue()) }),
    column.accessor("variant_id", { header: "Variant", truncateTooltip: false, cell: ({ row }) => variantCell(row.original) }),
    column.accessor("to_quantity", {
      header: "Stock",
      align: "right",
      cell: ({ row }) => <QuantityChange from={row.original.from_quantity} to={row.original.to_quantity} />,
    }),
    column.accessor("reason", {
      header: "Reason",
      cell: ({ getValue }) =>
        getValue() ? (
          <Text size="small" className="max-w-[280px] truncate" title={getValue() ?? undefined}>
            {getValue()}
          </Text>
        ) : (
          <Text size="small" className="text-ui-fg-muted">
            —
          </Text>
        ),
    }),
  ]
}

export function CoordinatorStockChangesSection({ cooperative }: { cooperative: Cooperative }) {
  const { filters, offset, update, setOffset } = useUrlFilters("stock_changes_", ["coordinator_id"] as const)
  const coordinators = useCoordinators(cooperative.id)
  const stockChanges = useStockChanges({
    cooperative_id: cooperative.id,
    coordinator_id: filters.coordinator_id,
    limit: PAGE_SIZE,
    offset,
  })
  const changes = stockChanges.data?.stock_changes ?? []
  // A nicety: while it loads or if it fails, rows show the variant id instead.
  const variants = useVariantSummaries(changes.map((change) => change.variant_id))

  const coordinatorList = coordinators.data?.coordinators ?? []
  const nameOf = (id: string) => coordinatorList.find((c) => c.id === id)?.name ?? id
  const productTitleOf = (id: string) => cooperative.products?.find((p) => p.id === id)?.title
  const count = stockChanges.data?.count ?? 0

  return (
    <Section
      title="Stock changes by coordinators"
      description="Every stock count set in the portal, newest first."
      actions={
        coordinatorList.length > 1 || filters.coordinator_id ? (
          <FilterSelect
            label="Coordinators"
            value={filters.coordinator_id}
            options={nameOptions(coordinatorList)}
            onChange={(coordinator_id) => update({ coordinator_id })}
          />
        ) : undefined
      }
    >
      <ListTable
        what="the stock changes"
        query={stockChanges}
        rows={stockChanges.data?.stock_changes}
        columns={stockChangeColumns(nameOf, (change) => (
          <VariantCell change={change} variant={variants.data?.get(change.variant_id)} productTitle={productTitleOf(change.product_id)} />
        ))}
        rowId={(change) => change.id}
        empty={{
          heading: filters.coordinator_id ? "No stock changes by this coordinator" : "No stock changes yet",
          description: filters.coordinator_id ? "Choose all coordinators to see everyone's." : "Counts that coordinators set in the portal show here.",
        }}
        page={{ count, offset, pageSize: PAGE_SIZE, onOffset: setOffset }}
      />
    </Section>
  )
}
