/**
 * Order page, side column: how this order's revenue was split between each
 * cooperative, the community fund and CIS operations, net of reversals, as
 * the ledger recorded it.
 */
import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Heading, Skeleton, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useCooperatives } from "../lib/cooperatives-api"
import { errorMessage } from "../lib/errors"
import { formatMoney } from "../lib/format"
import { useOrderLedgerEntries } from "../lib/ledger-api"
import { ACCOUNT_LABELS, LEDGER_ACCOUNTS } from "../lib/ledger-vocabulary"
import { summarizeOrderSplit, type AccountAmounts } from "../lib/order-split"

/** The ledger route's largest page; an order has three entries per line, so this covers any real order. */
const ENTRIES_LIMIT = 500
const COOPERATIVES_LIMIT = 100

function Amounts({ amounts, currency }: { amounts: AccountAmounts; currency: string }) {
  return (
    <dl className="flex flex-col gap-y-1">
      {LEDGER_ACCOUNTS.map((account) => (
        <div key={account} className="flex items-center justify-between gap-x-3">
          <Text size="small" leading="compact" className="text-ui-fg-subtle" asChild>
            <dt>{ACCOUNT_LABELS[account]}</dt>
          </Text>
          <Text
            size="small"
            leading="compact"
            className={`tabular-nums ${amounts[account] < 0n ? "text-ui-fg-error" : ""}`}
            asChild
          >
            <dd>{formatMoney(amounts[account], currency)}</dd>
          </Text>
        </div>
      ))}
    </dl>
  )
}

const OrderRevenueSplitWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const entries = useOrderLedgerEntries(order.id, ENTRIES_LIMIT)
  const cooperatives = useCooperatives({ limit: COOPERATIVES_LIMIT, offset: 0 })
  const nameOf = (id: string) => cooperatives.data?.cooperatives.find((c) => c.id === id)?.name ?? id

  const list = entries.data?.ledger_entries ?? []
  const splits = summarizeOrderSplit(list)

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Revenue split</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Net of refunds and cancellations, as recorded in the ledger.
        </Text>
      </div>
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
              ? "Only staff adjustments mention this order; its sale is not recorded yet. The repair job records missed orders every 15 minutes."
              : "Not recorded yet; the repair job records missed orders every 15 minutes."}
          </Text>
        </div>
      ) : (
        splits.map((split) => (
          <div key={split.currency_code} className="flex flex-col gap-y-4 px-6 py-4">
            {split.groups.map((group) => (
              <div key={group.cooperative_id ?? "shipping"} className="flex flex-col gap-y-2">
                {group.cooperative_id ? (
                  <Link
                    to={`/cooperatives/${group.cooperative_id}`}
                    className="txt-compact-small-plus text-ui-fg-interactive hover:underline"
                  >
                    {nameOf(group.cooperative_id)}
                  </Link>
                ) : (
                  <Text size="small" weight="plus">
                    Shipping
                  </Text>
                )}
                <Amounts amounts={group.amounts} currency={split.currency_code} />
              </div>
            ))}
            <div className="border-ui-border-base flex flex-col gap-y-2 border-t pt-3">
              <Text size="small" weight="plus">
                Total {split.currency_code.toUpperCase()}: {formatMoney(split.total, split.currency_code)}
              </Text>
              <Amounts amounts={split.totals} currency={split.currency_code} />
            </div>
          </div>
        ))
      )}
      {(entries.data?.count ?? 0) > list.length && (
        <Text size="xsmall" className="text-ui-fg-muted px-6 py-2">
          Based on the first {list.length} of {entries.data?.count} entries.
        </Text>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderRevenueSplitWidget
