/**
 * What each cooperative is owed, per currency, with the actions that pay it:
 * a payout of what is payable, or an advance ahead of sales. What waits for
 * buyers' payment is shown apart and never paid out. A negative balance is
 * not a debt to chase: chargebacks or an advance exceeded sales, and the next
 * payout nets it off.
 */
import { createDataTableColumnHelper, Text } from "@medusajs/ui"
import { formatDate, formatMoney, sumMinor } from "../lib/format"
import { useCooperativeBalances, type CooperativeBalance } from "../lib/ledger-api"
import { CreatePayoutDrawer } from "./create-payout-drawer"
import { ListTable } from "./list-table"
import { RecordAdjustmentDrawer } from "./record-adjustment-drawer"
import { RecordAdvanceDrawer } from "./record-advance-drawer"
import { Section } from "./section"
import { CooperativeLink } from "./cooperative-link"

/** A money column's heading with a few words under it on what it counts. */
function MoneyHeading({ label, note, explanation }: { label: string; note: string; explanation: string }) {
  return (
    <div className="flex flex-col items-end py-1 leading-tight" title={explanation}>
      <span>{label}</span>
      <span className="txt-compact-xsmall text-ui-fg-muted font-normal">{note}</span>
    </div>
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

const column = createDataTableColumnHelper<CooperativeBalance>()

/** A money column: the amount in the row's currency, right-aligned, with its heading's note. */
function money(key: "pending" | "earned" | "advanced" | "in_draft_payouts" | "paid", heading: Parameters<typeof MoneyHeading>[0], subtle = false) {
  return column.accessor(key, {
    header: () => <MoneyHeading {...heading} />,
    align: "right",
    cell: ({ row }) => (
      <span className={subtle ? "text-ui-fg-subtle tabular-nums" : "tabular-nums"}>{formatMoney(row.original[key], row.original.currency_code)}</span>
    ),
  })
}

const BALANCE_COLUMNS = [
  column.accessor("cooperative_name", {
    header: "Cooperative",
    cell: ({ row }) => (
      <CooperativeLink id={row.original.cooperative_id}>{row.original.cooperative_name}</CooperativeLink>
    ),
  }),
  column.accessor("currency_code", { header: "Currency", cell: ({ getValue }) => getValue().toUpperCase() }),
  money("pending", { label: "Pending", note: "buyer not paid yet", explanation: "Shares of orders whose buyer has not paid yet (e.g. a bank transfer not received). Never paid out until the money is captured." }, true),
  money("earned", { label: "Earned", note: "payable sales", explanation: "Payable shares of paid sales, as sold." }),
  column.accessor((row) => sumMinor([row.reversed, row.adjusted]), {
    id: "reversed_adjusted",
    header: () => (
      <MoneyHeading
        label="Reversed & adjusted"
        note="returns, refunds, corrections"
        explanation="What returns, refunds and cancellations took back from payable sales, and staff adjustments."
      />
    ),
    align: "right",
    cell: ({ row, getValue }) => <span className="tabular-nums">{formatMoney(getValue(), row.original.currency_code)}</span>,
  }),
  money("advanced", { label: "Advances", note: "sent ahead of sales", explanation: "Money sent ahead of sales; later payable sales net it." }),
  money("in_draft_payouts", { label: "In drafts", note: "reserved, not sent", explanation: "Reserved by draft payouts, not sent yet." }),
  money("paid", { label: "Paid", note: "sent by payouts", explanation: "What payouts actually sent (a short payment leaves the rest on the balance)." }),
  column.accessor("balance", {
    header: () => <MoneyHeading label="Balance" note="next payout" explanation="Payable and in no payout: what the next payout would carry." />,
    align: "right",
    truncateTooltip: false,
    cell: ({ row }) => <span className="tabular-nums"><BalanceCell balance={row.original} /></span>,
  }),
  column.accessor("oldest_unpaid_at", { header: "Oldest unpaid", cell: ({ getValue }) => formatDate(getValue()) }),
  column.accessor((row) => row.cooperative_id, {
    id: "actions",
    header: () => <span className="sr-only">Actions</span>,
    align: "right",
    truncateTooltip: false,
    cell: ({ row }) => <CreatePayoutDrawer balance={row.original} />,
  }),
]

export function CooperativeBalancesSection() {
  const balances = useCooperativeBalances()
  const rows = balances.data && [...balances.data.balances].sort(byNameThenCurrency)

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
      <ListTable
        what="the balances"
        query={balances}
        rows={rows}
        columns={BALANCE_COLUMNS}
        rowId={(row) => `${row.cooperative_id}-${row.currency_code}`}
        empty={{
          heading: "No balances yet",
          description: "A cooperative appears here once one of its products has sold or it received an advance.",
        }}
      />
    </Section>
  )
}
