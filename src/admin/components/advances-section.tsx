/**
 * Advances paid to cooperatives ahead of their sales, newest first: what was
 * sent, when, how and why. Each one is netted by the cooperative's next
 * payouts (see the balances above); none is ever edited.
 */
import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { useCooperativeNames } from "../lib/cooperatives-api"
import { formatDate, formatMoney } from "../lib/format"
import { useAdvances, type Advance } from "../lib/ledger-api"
import { useUrlFilters } from "../lib/use-url-filters"
import { PAYOUT_METHOD_LABELS } from "../lib/vocabulary"
import { CooperativeFilter } from "./list-filters"
import { ListTable, OneLineText } from "./list-table"
import { Section } from "./section"
import { CooperativeLink } from "./cooperative-link"

const PAGE_SIZE = 20

const column = createDataTableColumnHelper<Advance>()

function advanceColumns(nameOf: (id: string) => string) {
  return [
    column.accessor("cooperative_id", {
      header: "Cooperative",
      cell: ({ getValue }) => (
        <CooperativeLink id={getValue()}>{nameOf(getValue())}</CooperativeLink>
      ),
    }),
    column.accessor("amount", {
      header: "Amount",
      align: "right",
      cell: ({ row }) => <span className="tabular-nums">{formatMoney(row.original.amount, row.original.currency_code)}</span>,
    }),
    column.accessor("paid_at", { header: "Sent on", cell: ({ getValue }) => formatDate(getValue()) }),
    column.accessor("method", { header: "Method", cell: ({ getValue }) => PAYOUT_METHOD_LABELS[getValue()] ?? getValue() }),
    column.accessor("reference", { header: "Reference", cell: ({ getValue }) => <Text size="small">{getValue()}</Text> }),
    column.accessor("reason", { header: "Reason", cell: ({ getValue }) => <OneLineText text={getValue()} className="max-w-[320px]" /> }),
  ]
}

export function AdvancesSection() {
  const { filters, offset, update, setOffset } = useUrlFilters("advances_", ["cooperative_id"] as const)
  const advances = useAdvances({ cooperative_id: filters.cooperative_id, limit: PAGE_SIZE, offset })
  const { list: cooperativeList, nameOf } = useCooperativeNames()
  const count = advances.data?.count ?? 0

  return (
    <Section
      title="Advances"
      description="Money sent to cooperatives ahead of their sales. Each lowers the cooperative's balance when recorded; its next payouts net it."
      actions={
        <CooperativeFilter cooperatives={cooperativeList} value={filters.cooperative_id} onChange={(cooperative_id) => update({ cooperative_id })} />
      }
    >
      <ListTable
        what="the advances"
        query={advances}
        rows={advances.data?.advances}
        columns={advanceColumns(nameOf)}
        rowId={(advance) => advance.id}
        empty={{
          heading: filters.cooperative_id ? "No advance to this cooperative" : "No advances yet",
          description: "Record one from the balances above when a cooperative is paid ahead of its sales.",
        }}
        page={count > PAGE_SIZE ? { count, offset, pageSize: PAGE_SIZE, onOffset: setOffset } : undefined}
      />
    </Section>
  )
}
