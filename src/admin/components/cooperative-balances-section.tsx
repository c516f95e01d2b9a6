/**
 * What each cooperative is owed, per currency, with the actions that pay it:
 * a payout of what is payable, or an advance ahead of sales. What waits for
 * buyers' payment is shown apart and never paid out. A negative balance is
 * not a debt to chase: chargebacks or an advance exceeded sales, and the next
 * payout nets it off.
 */
import { Table, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { formatDate, formatMoney, sumMinor } from "../lib/format"
import { useCooperativeBalances, type CooperativeBalance } from "../lib/ledger-api"
import { CreatePayoutDrawer } from "./create-payout-drawer"
import { EmptyState, QueryError, SkeletonRows } from "./list-states"
import { RecordAdjustmentDrawer } from "./record-adjustment-drawer"
import { RecordAdvanceDrawer } from "./record-advance-drawer"
import { Section } from "./section"

const COLUMNS = 11

/** A money column's heading with a few words under it on what it counts. */
function MoneyHeading({ label, note, explanation }: { label: string; note: string; explanation: string }) {
  return (
    <Table.HeaderCell className="text-right" title={explanation}>
      <div className="flex flex-col items-end py-1 leading-tight">
        <span>{label}</span>
        <span className="txt-compact-xsmall text-ui-fg-muted font-normal">{note}</span>
      </div>
    </Table.HeaderCell>
  )
}

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
        netted by the next payouts
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
      description="Each cooperative's share of sales per currency. A share is payable once the buyer's money is in; until then it is pending and no payout includes it. The balance is what the next payout would carry: payable sales, less what was taken back, advanced, paid or reserved in drafts."
      actions={
        <>
          <RecordAdjustmentDrawer />
          <RecordAdvanceDrawer />
        </>
      }
    >
      {isError ? (
        <QueryError what="the balances" error={error} onRetry={() => void refetch()} />
      ) : (
        <div className="overflow-x-auto">
          <Table className="min-w-[1180px]">
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Cooperative</Table.HeaderCell>
                <Table.HeaderCell>Currency</Table.HeaderCell>
                <MoneyHeading label="Pending" note="buyer not paid yet" explanation="Shares of orders whose buyer has not paid yet (e.g. a bank transfer not received). Never paid out until the money is captured." />
                <MoneyHeading label="Earned" note="payable sales" explanation="Payable shares of paid sales, as sold." />
                <MoneyHeading label="Reversed & adjusted" note="returns, refunds, corrections" explanation="What returns, refunds and cancellations took back from payable sales, and staff adjustments." />
                <MoneyHeading label="Advances" note="sent ahead of sales" explanation="Money sent ahead of sales; later payable sales net it." />
                <MoneyHeading label="In drafts" note="reserved, not sent" explanation="Reserved by draft payouts, not sent yet." />
                <MoneyHeading label="Paid" note="sent by payouts" explanation="What payouts actually sent (a short payment leaves the rest on the balance)." />
                <MoneyHeading label="Balance" note="next payout" explanation="Payable and in no payout: what the next payout would carry." />
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
                  <Table.Cell className="text-ui-fg-subtle text-right tabular-nums">
                    {formatMoney(row.pending, row.currency_code)}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatMoney(row.earned, row.currency_code)}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">
                    {formatMoney(sumMinor([row.reversed, row.adjusted]), row.currency_code)}
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{formatMoney(row.advanced, row.currency_code)}</Table.Cell>
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
              description="A cooperative appears here once one of its products has sold or it received an advance."
            />
          )}
        </div>
      )}
    </Section>
  )
}
