/**
 * What each cooperative is owed, per currency, with the action that starts
 * paying it. A negative balance is not a debt to chase: chargebacks exceeded
 * sales, and the next payout nets it off.
 */
import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate, formatMoney, sumMinor } from "../lib/format"
import { useCooperativeBalances, type CooperativeBalance } from "../lib/ledger-api"
import { CreatePayoutDrawer } from "./create-payout-drawer"
import { EmptyState, QueryError, SkeletonRows } from "./list-states"
import { Section } from "./section"

const COLUMNS = 9

function byNameThenCurrency(a: CooperativeBalance, b: CooperativeBalance) {
  return a.cooperative_name.localeCompare(b.cooperative_name) || a.currency_code.localeCompare(b.currency_code)
}

function BalanceCell({ balance }: { balance: CooperativeBalance }) {
  const money = formatMoney(balance.balance, balance.currency_code)
  if (balance.balance >= 0) return <span className="font-medium">{money}</span>
  return (
    <div className="flex flex-col items-end">
      <span className="text-ui-fg-error font-medium">{money}</span>
      <Text size="xsmall" className="text-ui-fg-muted whitespace-nowrap">
        carried to the next payout
      </Text>
    </div>
  )
}

export function CooperativeBalancesSection() {
  const { data, isPending, isError, error, refetch } = useCooperativeBalances()
  const rows = [...(data?.balances ?? [])].sort(byNameThenCurrency)

  return (
    <Section
      title="Balances"
      description="Each cooperative's share of sales per currency: what was earned, taken back, reserved in draft payouts, paid, and what is still owed."
    >
      {isError ? (
        <QueryError what="the balances" error={error} onRetry={() => void refetch()} />
      ) : (
        <div className="overflow-x-auto">
          <Table className="min-w-[960px]">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Cooperative</Table.HeaderCell>
                <Table.HeaderCell>Currency</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Earned</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Reversed & adjusted</Table.HeaderCell>
                <Table.HeaderCell className="text-right">In drafts</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Paid</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
                <Table.HeaderCell>Oldest unpaid</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="sr-only">Actions</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {isPending && <SkeletonRows rows={3} columns={COLUMNS} />}
              {rows.map((row) => (
                <Table.Row key={`${row.cooperative_id}-${row.currency_code}`}>
                  <Table.Cell>
                    <Link
                      to={`/cooperatives/${row.cooperative_id}`}
                      className="txt-compact-small-plus text-ui-fg-interactive hover:underline"
                    >
                      {row.cooperative_name}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{row.currency_code.toUpperCase()}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatMoney(row.earned, row.currency_code)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {formatMoney(sumMinor([row.reversed, row.adjusted]), row.currency_code)}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {formatMoney(row.in_draft_payouts, row.currency_code)}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatMoney(row.paid, row.currency_code)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    <BalanceCell balance={row} />
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap">{formatDate(row.oldest_unpaid_at)}</Table.Cell>
                  <Table.Cell className="text-right">
                    <CreatePayoutDrawer balance={row} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
          {!isPending && rows.length === 0 && (
            <EmptyState
              title="No balances yet"
              description="A cooperative appears here once one of its products has sold."
            />
          )}
        </div>
      )}
    </Section>
  )
}
