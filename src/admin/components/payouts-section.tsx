/**
 * Payouts, newest first, with the actions their status allows: a draft can be
 * marked paid or cancelled; every payout has its statement for the cooperative.
 */
import { ArrowDownTray } from "@medusajs/icons"
import { Button, createDataTableColumnHelper, Text, toast, usePrompt } from "@medusajs/ui"
import type { ReactNode } from "react"
import { useAllCooperatives } from "../lib/cooperatives-api"
import { errorMessage } from "../lib/errors"
import { countOf, formatDate, formatMoney } from "../lib/format"
import {
  payoutStatementUrl,
  useCancelPayout,
  useCooperativeBalances,
  usePayouts,
  type Payout,
} from "../lib/ledger-api"
import { PAYOUT_STATUSES, PAYOUT_STATUS_LABELS, type PayoutStatus } from "../lib/ledger-vocabulary"
import { oneOf, useUrlFilters } from "../lib/use-url-filters"
import { PAYOUT_METHOD_LABELS } from "../lib/vocabulary"
import { CodeFilter } from "./list-filters"
import { ListTable } from "./list-table"
import { MarkPaidDrawer } from "./mark-paid-drawer"
import { Section } from "./section"
import { PayoutStatusBadge } from "./status-badges"
import { CooperativeLink } from "./cooperative-link"

const PAGE_SIZE = 20
/** El Salvador's currency: what a transfer to a cooperative is most often sent in. */
const LOCAL_CURRENCY = "usd"

function PaidInfo({ payout }: { payout: Payout }) {
  if (payout.status === "cancelled") {
    return <Text size="small" className="text-ui-fg-subtle">Cancelled {formatDate(payout.cancelled_at)}</Text>
  }
  if (payout.status === "draft") {
    return <Text size="small" className="text-ui-fg-subtle">Created {formatDate(payout.created_at)}</Text>
  }
  const sentOther =
    payout.sent_amount !== null &&
    payout.sent_currency_code !== null &&
    (payout.sent_currency_code !== payout.currency_code || payout.sent_amount !== payout.amount)
  return (
    <div className="flex flex-col">
      <Text size="small">
        {formatDate(payout.paid_at)} · {payout.method ? PAYOUT_METHOD_LABELS[payout.method] ?? payout.method : "—"}
      </Text>
      <Text size="xsmall" className="text-ui-fg-subtle break-all">
        Ref. {payout.reference ?? "—"}
      </Text>
      {sentOther && (
        <Text size="xsmall" className="text-ui-fg-subtle">
          Sent {formatMoney(payout.sent_amount ?? 0, payout.sent_currency_code ?? payout.currency_code)}
          {payout.sent_currency_code !== payout.currency_code
            ? payout.exchange_rate &&
              ` at 1 ${payout.currency_code.toUpperCase()} = ${payout.exchange_rate} ${(payout.sent_currency_code ?? "").toUpperCase()}`
            : (payout.sent_amount ?? 0) < payout.amount
              ? `; ${formatMoney(payout.amount - (payout.sent_amount ?? 0), payout.currency_code)} carried to the next payout`
              : `; ${formatMoney((payout.sent_amount ?? 0) - payout.amount, payout.currency_code)} netted in the next payout`}
        </Text>
      )}
    </div>
  )
}

const column = createDataTableColumnHelper<Payout>()

function payoutColumns({ nameOf, actions }: { nameOf: (id: string) => string; actions: (payout: Payout) => ReactNode }) {
  return [
    column.accessor("cooperative_id", {
      header: "Cooperative",
      cell: ({ getValue }) => (
        <CooperativeLink id={getValue()}>{nameOf(getValue())}</CooperativeLink>
      ),
    }),
    column.accessor("currency_code", { header: "Currency", cell: ({ getValue }) => getValue().toUpperCase() }),
    column.accessor("amount", {
      header: "Amount",
      align: "right",
      cell: ({ row }) => <span className="tabular-nums">{formatMoney(row.original.amount, row.original.currency_code)}</span>,
    }),
    column.accessor("entry_count", { header: "Entries", align: "right", cell: ({ getValue }) => <span className="tabular-nums">{getValue()}</span> }),
    column.accessor("up_to", { header: "Up to", cell: ({ getValue }) => formatDate(getValue()) }),
    column.accessor("status", { header: "Status", cell: ({ getValue }) => <PayoutStatusBadge status={getValue()} /> }),
    column.accessor((payout) => payout.paid_at, { id: "paid", header: "Paid", truncateTooltip: false, cell: ({ row }) => <PaidInfo payout={row.original} /> }),
    column.accessor((payout) => payout.id, {
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      truncateTooltip: false,
      cell: ({ row }) => actions(row.original),
    }),
  ]
}

export function PayoutsSection() {
  const prompt = usePrompt()
  const { filters, offset, update, setOffset } = useUrlFilters("payouts_", ["status"] as const)
  const status = oneOf<PayoutStatus>(filters.status, PAYOUT_STATUSES)
  const payouts = usePayouts({ status, limit: PAGE_SIZE, offset })
  const cooperatives = useAllCooperatives()
  const balances = useCooperativeBalances()
  const cancel = useCancelPayout()

  const cooperativeById = new Map((cooperatives.data?.cooperatives ?? []).map((c) => [c.id, c]))
  const nameOf = (id: string) =>
    cooperativeById.get(id)?.name ?? balances.data?.balances.find((b) => b.cooperative_id === id)?.cooperative_name ?? id
  const currencies = [LOCAL_CURRENCY, ...(balances.data?.balances ?? []).map((b) => b.currency_code)]
  const count = payouts.data?.count ?? 0

  const cancelPayout = async (payout: Payout) => {
    const confirmed = await prompt({
      title: "Cancel this draft payout?",
      description: `${formatMoney(payout.amount, payout.currency_code)} for ${nameOf(payout.cooperative_id)}: its ${countOf(payout.entry_count, "entry becomes", "entries become")} unpaid again and can go into a new payout.`,
      confirmText: "Cancel payout",
      cancelText: "Keep it",
    })
    if (!confirmed) return
    try {
      await cancel.mutateAsync(payout.id)
      toast.success("Payout cancelled")
    } catch (err) {
      toast.error("Could not cancel the payout", { description: errorMessage(err) })
    }
  }

  /** A draft can be marked paid or cancelled; every payout has its statement. */
  // A render function, not a component: a component made here would be new on each render and close an open drawer.
  const payoutActions = (payout: Payout) => (
    <div className="flex items-center justify-end gap-x-2 py-2">
      {payout.status === "draft" && (
        <>
          <MarkPaidDrawer
            payout={payout}
            cooperativeName={nameOf(payout.cooperative_id)}
            defaultMethod={cooperativeById.get(payout.cooperative_id)?.payout_method}
            currencies={currencies}
          />
          <Button size="small" variant="transparent" disabled={cancel.isPending} onClick={() => void cancelPayout(payout)}>
            Cancel
          </Button>
        </>
      )}
      <Button size="small" variant="transparent" asChild>
        <a href={payoutStatementUrl(payout.id)} download aria-label={`Statement CSV of the payout to ${nameOf(payout.cooperative_id)}`}>
          <ArrowDownTray />
          Statement CSV
        </a>
      </Button>
    </div>
  )

  return (
    <Section
      title="Payouts"
      description="A draft reserves entries; mark it paid once the money has left, or cancel it to free them."
      actions={
        <CodeFilter label="Statuses" codes={PAYOUT_STATUSES} labels={PAYOUT_STATUS_LABELS} value={status} onChange={(next) => update({ status: next })} />
      }
    >
      <ListTable
        what="the payouts"
        query={payouts}
        rows={payouts.data?.payouts}
        columns={payoutColumns({ nameOf, actions: payoutActions })}
        rowId={(payout) => payout.id}
        empty={{
          heading: status ? `No ${PAYOUT_STATUS_LABELS[status].toLowerCase()} payouts` : "No payouts yet",
          description: status ? "Try another status." : "Create one from a cooperative's balance above.",
        }}
        page={{ count, offset, pageSize: PAGE_SIZE, onOffset: setOffset }}
      />
    </Section>
  )
}
