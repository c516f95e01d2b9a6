/**
 * Order page, side column: how this order's revenue is split between each
 * cooperative, the community fund, CIS operations and tax payable, net of
 * reversals, as the ledger recorded it, with what is payable (the buyer's
 * money is captured) apart from what is pending (not paid yet).
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Skeleton, Text } from "@medusajs/ui"
import { CooperativeLink } from "../components/cooperative-link"
import { FirstPageNote } from "../components/list-states"
import { Section } from "../components/section"
import { useCooperativeNames } from "../lib/cooperatives-api"
import { errorMessage } from "../lib/errors"
import { formatMoney } from "../lib/format"
import { useOrderLedgerEntries } from "../lib/ledger-api"
import { ACCOUNT_LABELS } from "../lib/ledger-vocabulary"
import {
  ORDER_SPLIT_ACCOUNTS,
  hasAmounts,
  summarizeOrderSplit,
  type AccountAmounts,
  type OrderPaymentState,
} from "../lib/order-split"

/** The ledger route's largest page; an order has a few rows per line and state, so this covers any real order. */
const ENTRIES_LIMIT = 500

const PAYMENT_BADGES: Record<OrderPaymentState, { label: string; color: "green" | "orange" | "grey"; note: string }> = {
  unpaid: {
    label: "Awaiting payment",
    color: "orange",
    note: "Nothing is captured yet: every share is pending and no payout includes it. Capture the payment once the transfer arrives.",
  },
  partly_paid: {
    label: "Partly paid",
    color: "orange",
    note: "Shares are payable in proportion to what was captured; the rest stays pending until the buyer pays it.",
  },
  paid: { label: "Paid", color: "green", note: "The buyer's money is in: every share is payable." },
  empty: { label: "Nothing owed", color: "grey", note: "The order's shares add up to nothing (e.g. cancelled before payment)." },
}

function money(amount: bigint, currency: string) {
  return formatMoney(amount, currency)
}

/** Account, payable and pending, one row per account with something to show (all of them for totals). */
function Amounts({ amounts, currency, all = false }: { amounts: AccountAmounts; currency: string; all?: boolean }) {
  const accounts = ORDER_SPLIT_ACCOUNTS.filter((account) => all || hasAmounts(amounts[account]))
  return (
    <table className="w-full table-fixed">
      <Columns />
      <thead className="sr-only">
        <tr>
          <th scope="col">Account</th>
          <th scope="col">Payable</th>
          <th scope="col">Pending</th>
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => (
          <tr key={account}>
            <Text size="small" leading="compact" className="text-ui-fg-subtle py-0.5 text-left font-normal" asChild>
              <th scope="row">{ACCOUNT_LABELS[account]}</th>
            </Text>
            {(["payable", "pending"] as const).map((state) => (
              <Text
                key={state}
                size="small"
                leading="compact"
                className={`py-0.5 text-right tabular-nums ${amounts[account][state] < 0n ? "text-ui-fg-error" : state === "pending" ? "text-ui-fg-muted" : ""}`}
                asChild
              >
                <td>{money(amounts[account][state], currency)}</td>
              </Text>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** Fixed widths, so every group's table lines up under the one set of headings. */
function Columns() {
  return (
    <colgroup>
      <col />
      <col className="w-24" />
      <col className="w-24" />
    </colgroup>
  )
}

function ColumnHeads() {
  return (
    <table className="w-full table-fixed" aria-hidden="true">
      <Columns />
      <tbody>
        <tr>
          <td />
          {["Payable", "Pending"].map((label) => (
            <Text key={label} size="xsmall" className="text-ui-fg-muted text-right" asChild>
              <td>{label}</td>
            </Text>
          ))}
        </tr>
      </tbody>
    </table>
  )
}

const OrderRevenueSplitWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const entries = useOrderLedgerEntries(order.id, ENTRIES_LIMIT)
  const { nameOf } = useCooperativeNames()

  const list = entries.data?.ledger_entries ?? []
  const splits = summarizeOrderSplit(list)

  return (
    <Section
      title="Revenue split"
      description="Net of refunds and cancellations, as recorded in the ledger. Payable once the buyer's money is captured; pending until then."
    >
      {entries.isPending ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Skeleton className="h-4 w-40" />
          <Skeleton className="h-16 w-full" />
        </div>
      ) : entries.isError ? (
        <div className="flex flex-col gap-y-2 px-6 py-4">
          <Text size="small" className="text-ui-fg-error">
            Could not load the ledger entries: {errorMessage(entries.error)}
          </Text>
          <div>
            <Button size="small" variant="secondary" onClick={() => void entries.refetch()}>
              Try again
            </Button>
          </div>
        </div>
      ) : splits.length === 0 ? (
        <div className="px-6 py-4">
          <Text size="small" className="text-ui-fg-subtle">
            {list.length > 0
              ? "Only other movements mention this order; its sale is not recorded yet. The repair job brings any order's books in line with Medusa every 15 minutes."
              : "Not recorded yet; the repair job brings any order's books in line with Medusa every 15 minutes."}
          </Text>
        </div>
      ) : (
        splits.map((split) => {
          const badge = PAYMENT_BADGES[split.payment]
          return (
            <div key={split.currency_code} className="flex flex-col gap-y-4 px-6 py-4">
              <div className="flex flex-col gap-y-1">
                <div>
                  <Badge size="2xsmall" color={badge.color}>
                    {badge.label}
                  </Badge>
                </div>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {badge.note}
                </Text>
              </div>
              <ColumnHeads />
              {split.groups.map((group) => (
                <div key={group.cooperative_id ?? "shipping"} className="flex flex-col gap-y-1">
                  {group.cooperative_id ? (
                    <CooperativeLink id={group.cooperative_id}>{nameOf(group.cooperative_id)}</CooperativeLink>
                  ) : (
                    <Text size="small" weight="plus">
                      Shipping and order
                    </Text>
                  )}
                  <Amounts amounts={group.amounts} currency={split.currency_code} />
                </div>
              ))}
              <div className="border-ui-border-base flex flex-col gap-y-1 border-t pt-3">
                <Text size="small" weight="plus">
                  Total {split.currency_code.toUpperCase()}: {money(split.total.payable, split.currency_code)} payable
                  {split.total.pending !== 0n && <>, {money(split.total.pending, split.currency_code)} pending</>}
                </Text>
                <Amounts amounts={split.totals} currency={split.currency_code} all />
                <Text size="xsmall" className="text-ui-fg-muted">
                  Payable adds up to what was captured less what was refunded; tax payable is owed to the tax
                  authorities and is not split.
                </Text>
              </div>
            </div>
          )
        })
      )}
      <FirstPageNote shown={list.length} count={entries.data?.count} what="entries" />
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderRevenueSplitWidget
