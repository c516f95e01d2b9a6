/**
 * The append-only, double-entry ledger, filtered and paged: every row of
 * every movement (sales and their reversals, fees, adjustments, advances,
 * payouts) on every account, with its state, so staff can trace any balance
 * to its lines. Pending rows wait for the buyer's payment.
 */
import { Badge, Button, createDataTableColumnHelper, Input, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useCooperativeNames } from "../lib/cooperatives-api"
import { endOfDayIso, formatDateTime, formatMoney, isDateInput, startOfDayIso } from "../lib/format"
import { useCooperativeBalances, useLedgerEntries, type LedgerEntry } from "../lib/ledger-api"
import {
  ACCOUNT_LABELS,
  ENTRY_TYPE_LABELS,
  LEDGER_ACCOUNTS,
  LEDGER_ENTRY_TYPES,
  LEDGER_STATES,
  SOURCE_LABELS,
  STATE_EXPLANATIONS,
  STATE_LABELS,
  type LedgerAccount,
  type LedgerEntryType,
  type LedgerState,
} from "../lib/ledger-vocabulary"
import { formatBps } from "../lib/shares"
import { oneOf, useUrlFilters } from "../lib/use-url-filters"
import { CodeFilter, CooperativeFilter } from "./list-filters"
import { FilterSelect } from "./filter-select"
import { ListTable } from "./list-table"
import { Section } from "./section"

const PAGE_SIZE = 50
/** The width of a filter whose choices are short words. */
const NARROW = "w-full sm:w-[140px]"
const FILTER_KEYS = ["cooperative_id", "currency_code", "type", "account", "state", "from", "to"] as const

const TYPE_COLORS: Record<LedgerEntryType, "green" | "red" | "blue" | "grey" | "orange" | "purple"> = {
  sale: "green",
  reversal: "red",
  adjustment: "blue",
  fee: "grey",
  payout: "purple",
  advance: "orange",
}

function Origin({ entry }: { entry: LedgerEntry }) {
  // Staff decisions and money sent out carry their reason (an advance's or payout's reference) rather than an order.
  if (!entry.order_id && (entry.reason || entry.source === "manual")) {
    return (
      <div className="flex flex-col">
        <Text size="small" className="max-w-[240px] truncate" title={entry.reason ?? undefined}>
          {entry.reason ?? "Manual"}
        </Text>
        <Text size="xsmall" className="text-ui-fg-muted">
          {SOURCE_LABELS[entry.source] ?? entry.source}
        </Text>
      </div>
    )
  }
  return (
    <div className="flex flex-col">
      {entry.order_id ? (
        <Link
          to={`/orders/${entry.order_id}`}
          title={entry.order_id}
          className="txt-compact-small text-ui-fg-interactive block max-w-[160px] truncate hover:underline"
        >
          {entry.order_display_id ? `#${entry.order_display_id}` : entry.order_id}
        </Link>
      ) : (
        <Text size="small">—</Text>
      )}
      <Text size="xsmall" className="text-ui-fg-muted">
        {SOURCE_LABELS[entry.source] ?? entry.source}
      </Text>
    </div>
  )
}

/** One end of the recorded-on range; a day, both ends inclusive. */
function DateFilter({ label, value, min, max, onChange }: { label: string; value: string | undefined; min?: string; max?: string; onChange: (day: string) => void }) {
  return (
    <Input
      type="date"
      size="small"
      aria-label={label}
      value={value ?? ""}
      min={min}
      max={max}
      onChange={(event) => onChange(event.target.value)}
      className="w-full sm:w-[150px]"
    />
  )
}

const column = createDataTableColumnHelper<LedgerEntry>()

function ledgerColumns(nameOf: (id: string | null) => string) {
  return [
    column.accessor("created_at", { header: "Recorded", cell: ({ getValue }) => formatDateTime(getValue()) }),
    column.accessor("cooperative_id", { header: "Cooperative", cell: ({ getValue }) => nameOf(getValue()) }),
    column.accessor("account", { header: "Account", cell: ({ getValue }) => ACCOUNT_LABELS[getValue()] ?? getValue() }),
    column.accessor("type", {
      header: "Type",
      cell: ({ getValue }) => (
        <Badge size="2xsmall" color={TYPE_COLORS[getValue()] ?? "grey"}>
          {ENTRY_TYPE_LABELS[getValue()] ?? getValue()}
        </Badge>
      ),
    }),
    column.accessor("state", {
      header: "State",
      cell: ({ getValue }) => (
        <Badge size="2xsmall" color={getValue() === "pending" ? "orange" : "grey"} title={STATE_EXPLANATIONS[getValue()]}>
          {STATE_LABELS[getValue()] ?? getValue()}
        </Badge>
      ),
    }),
    column.accessor("source", { header: "Origin", truncateTooltip: false, cell: ({ row }) => <Origin entry={row.original} /> }),
    column.accessor("share_bps", {
      header: "Share of base",
      align: "right",
      // Order-level rows (clearing, money held) split nothing: no share to show.
      cell: ({ row: { original: entry } }) => (
        <span className="tabular-nums">
          {entry.base_amount === 0 && entry.share_bps === 0 ? "—" : `${formatBps(entry.share_bps)} of ${formatMoney(entry.base_amount, entry.currency_code)}`}
        </span>
      ),
    }),
    column.accessor("amount", {
      header: "Amount",
      align: "right",
      cell: ({ row: { original: entry } }) => (
        <span className={`tabular-nums ${entry.amount < 0 ? "text-ui-fg-error" : ""}`}>{formatMoney(entry.amount, entry.currency_code)}</span>
      ),
    }),
    column.accessor("payout_id", {
      header: "Payout",
      cell: ({ getValue }) =>
        getValue() ? (
          <Text size="xsmall" className="font-mono text-ui-fg-subtle">{getValue()}</Text>
        ) : (
          <Text size="small" className="text-ui-fg-muted">—</Text>
        ),
    }),
  ]
}

export function LedgerSection() {
  const { filters, offset, update, setOffset } = useUrlFilters("ledger_", FILTER_KEYS)
  const type = oneOf<LedgerEntryType>(filters.type, LEDGER_ENTRY_TYPES)
  const account = oneOf<LedgerAccount>(filters.account, LEDGER_ACCOUNTS)
  const state = oneOf<LedgerState>(filters.state, LEDGER_STATES)
  const from = filters.from && isDateInput(filters.from) ? filters.from : undefined
  const to = filters.to && isDateInput(filters.to) ? filters.to : undefined
  const rangeError = from && to && from > to ? "The start date is after the end date" : undefined

  const cooperatives = useCooperativeNames()
  const balances = useCooperativeBalances()
  const entries = useLedgerEntries(
    {
      cooperative_id: filters.cooperative_id,
      currency_code: filters.currency_code,
      type,
      account,
      state,
      created_from: from && startOfDayIso(from),
      created_to: to && endOfDayIso(to),
      limit: PAGE_SIZE,
      offset,
    },
    { enabled: !rangeError }
  )

  const cooperativeList = cooperatives.list
  const nameOf = (id: string | null) => (id ? cooperatives.nameOf(id) : "—")
  // The currencies that have entries, plus a chosen one from an old link, so the filter can show it.
  const currencyCodes = [
    ...new Set([...(balances.data?.balances ?? []).map((b) => b.currency_code), ...(filters.currency_code ? [filters.currency_code] : [])]),
  ].sort()
  const hasFilters = FILTER_KEYS.some((key) => filters[key])
  const count = entries.data?.count ?? 0

  return (
    <Section
      title="Ledger"
      description="Every row, newest first. Each movement's rows add up to zero against clearing (money received from buyers, or sent out). Pending rows wait for the buyer's payment and are never paid out."
    >
      <div className="flex flex-col gap-2 px-6 py-4 sm:flex-row sm:flex-wrap sm:items-center">
        <CooperativeFilter cooperatives={cooperativeList} value={filters.cooperative_id} onChange={(cooperative_id) => update({ cooperative_id })} />
        <FilterSelect
          label="Currencies"
          value={filters.currency_code}
          options={currencyCodes.map((code) => ({ value: code, label: code.toUpperCase() }))}
          onChange={(currency_code) => update({ currency_code })}
          className={NARROW}
        />
        <CodeFilter label="Types" codes={LEDGER_ENTRY_TYPES} labels={ENTRY_TYPE_LABELS} value={type} onChange={(next) => update({ type: next })} className={NARROW} />
        <CodeFilter label="Accounts" codes={LEDGER_ACCOUNTS} labels={ACCOUNT_LABELS} value={account} onChange={(next) => update({ account: next })} />
        <CodeFilter label="States" codes={LEDGER_STATES} labels={STATE_LABELS} value={state} onChange={(next) => update({ state: next })} className={NARROW} />
        <DateFilter label="Recorded from (inclusive)" value={filters.from} max={filters.to} onChange={(from) => update({ from })} />
        <DateFilter label="Recorded to (inclusive)" value={filters.to} min={filters.from} onChange={(to) => update({ to })} />
        {hasFilters && (
          <Button
            size="small"
            variant="transparent"
            onClick={() => update(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])))}
          >
            Clear filters
          </Button>
        )}
        {rangeError && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {rangeError}
          </Text>
        )}
      </div>

      {/* A disabled query has nothing to show: the range's error above says why. */}
      {!rangeError && (
        <ListTable
          what="the ledger"
          query={entries}
          rows={entries.data?.ledger_entries}
          columns={ledgerColumns(nameOf)}
          rowId={(entry) => entry.id}
          empty={{
            heading: hasFilters ? "No entry matches these filters" : "The ledger is empty",
            description: hasFilters ? "Try other filters, or clear them." : "Rows are recorded when orders are placed, paid, changed or refunded.",
          }}
          page={{ count, offset, pageSize: PAGE_SIZE, onOffset: setOffset }}
        />
      )}
    </Section>
  )
}
