/**
 * Advances paid to cooperatives ahead of their sales, newest first: what was
 * sent, when, how and why. Each one is netted by the cooperative's next
 * payouts (see the balances above); none is ever edited.
 */
import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useCooperatives } from "../lib/cooperatives-api"
import { formatDate, formatMoney } from "../lib/format"
import { useAdvances } from "../lib/ledger-api"
import { useUrlFilters } from "../lib/use-url-filters"
import { PAYOUT_METHOD_LABELS } from "../lib/vocabulary"
import { FilterSelect } from "./filter-select"
import { EmptyState, QueryError, SkeletonRows } from "./list-states"
import { Section } from "./section"
import { OffsetPagination } from "./offset-pagination"

const PAGE_SIZE = 20
const COLUMNS = 6
const COOPERATIVES_LIMIT = 100

export function AdvancesSection() {
  const { filters, offset, update, setOffset } = useUrlFilters("advances_", ["cooperative_id"] as const)
  const { data, isPending, isError, error, refetch, isFetching } = useAdvances({
    cooperative_id: filters.cooperative_id,
    limit: PAGE_SIZE,
    offset,
  })
  const cooperatives = useCooperatives({ limit: COOPERATIVES_LIMIT, offset: 0 })
  const cooperativeList = cooperatives.data?.cooperatives ?? []
  const nameOf = (id: string) => cooperativeList.find((c) => c.id === id)?.name ?? id
  const count = data?.count ?? 0

  return (
    <Section
      title="Advances"
      description="Money sent to cooperatives ahead of their sales. Each lowers the cooperative's balance when recorded; its next payouts net it."
      actions={
        <FilterSelect
          label="Cooperatives"
          value={filters.cooperative_id}
          options={cooperativeList.map((c) => ({ value: c.id, label: c.name }))}
          onChange={(cooperative_id) => update({ cooperative_id })}
        />
      }
    >
      {isError ? (
        <QueryError what="the advances" error={error} onRetry={() => void refetch()} />
      ) : (
        <div className="overflow-x-auto">
          <Table className="min-w-[860px]">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Cooperative</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
                <Table.HeaderCell>Sent on</Table.HeaderCell>
                <Table.HeaderCell>Method</Table.HeaderCell>
                <Table.HeaderCell>Reference</Table.HeaderCell>
                <Table.HeaderCell>Reason</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {isPending && <SkeletonRows rows={2} columns={COLUMNS} />}
              {data?.advances.map((advance) => (
                <Table.Row key={advance.id}>
                  <Table.Cell>
                    <Link
                      to={`/cooperatives/${advance.cooperative_id}`}
                      className="txt-compact-small-plus text-ui-fg-interactive hover:underline"
                    >
                      {nameOf(advance.cooperative_id)}
                    </Link>
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap text-right tabular-nums">
                    {formatMoney(advance.amount, advance.currency_code)}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">{formatDate(advance.paid_at)}</Table.Cell>
                  <Table.Cell>{PAYOUT_METHOD_LABELS[advance.method] ?? advance.method}</Table.Cell>
                  <Table.Cell>
                    <Text size="small" className="break-all">
                      {advance.reference}
                    </Text>
                  </Table.Cell>
                  <Table.Cell>
                    <Text size="small" className="max-w-[320px] truncate" title={advance.reason}>
                      {advance.reason}
                    </Text>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {!isPending && data && data.advances.length === 0 && (
            <EmptyState
              title={filters.cooperative_id ? "No advance to this cooperative" : "No advances yet"}
              description="Record one from the balances above when a cooperative is paid ahead of its sales."
            />
          )}
        </div>
      )}
      {!isError && count > PAGE_SIZE && (
        <OffsetPagination count={count} offset={offset} pageSize={PAGE_SIZE} busy={isFetching} onOffset={setOffset} />
      )}
    </Section>
  )
}
