/**
 * The ledger check, on demand: the books against themselves (every movement
 * balances, payouts hold what they settle) and against Medusa for every order
 * placed in the range (captured less refunded, tax, lines, the books the
 * order's state calls for). Each disagreement names its order and its size.
 */
import { Alert, Badge, Button, createDataTableColumnHelper, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { errorMessage } from "../lib/errors"
import { endOfDayIso, formatDateTime, isDateInput, startOfDayIso, todayInput } from "../lib/format"
import { DISAGREEMENT_RULE_EXPLANATIONS, disagreementFigures, ruleLabel, type DisagreementRule } from "../lib/ledger-check"
import { useLedgerCheck, type LedgerCheckReport, type LedgerDisagreement } from "../lib/ledger-api"
import { ListTable, type ListQuery } from "./list-table"
import { Section } from "./section"

/** Enough to act on; the rest are counted, and a narrower range shows them. */
const SHOWN = 100

/** The report is in hand when the table shows (the section shows the check's own pending and failure). */
const SETTLED: ListQuery = { isPending: false, isError: false, error: null, refetch: () => undefined }

/** One order may break a rule more than once: the index keeps each row apart. */
type DisagreementRow = LedgerDisagreement & { index: number }
const column = createDataTableColumnHelper<DisagreementRow>()
const figure = (pick: "expected" | "recorded" | "difference", className = "") =>
  column.accessor((row) => disagreementFigures(row)[pick], {
    id: pick,
    header: { expected: "Medusa", recorded: "Ledger", difference: "Difference" }[pick],
    align: "right",
    cell: ({ getValue }) => <span className={`whitespace-nowrap tabular-nums ${className}`}>{getValue()}</span>,
  })
const DISAGREEMENT_COLUMNS = [
  column.accessor("display_id", {
    header: "Order",
    cell: ({ row }) => (
      <Link to={`/orders/${row.original.order_id}`} className="txt-compact-small-plus text-ui-fg-interactive hover:underline">
        #{row.original.display_id}
      </Link>
    ),
  }),
  column.accessor("rule", {
    header: "Rule",
    cell: ({ getValue }) => <span title={DISAGREEMENT_RULE_EXPLANATIONS[getValue() as DisagreementRule]}>{ruleLabel(getValue())}</span>,
  }),
  figure("expected"),
  figure("recorded"),
  figure("difference", "text-ui-fg-error font-medium"),
  column.accessor("detail", {
    header: "Detail",
    // Wrapped, not cut: the detail is what staff act on when a check disagrees.
    cell: ({ getValue }) => (
      <Text size="xsmall" className="text-ui-fg-subtle min-w-[240px] max-w-[360px] whitespace-normal break-words">
        {getValue()}
      </Text>
    ),
  }),
]

function Findings({ report }: { report: LedgerCheckReport }) {
  const shown = report.disagreements.slice(0, SHOWN)
  return (
    <div className="flex flex-col gap-y-4">
      <div className="flex flex-wrap items-center gap-2 px-6 pt-4">
        {report.ok ? (
          <Badge color="green">The books agree with Medusa</Badge>
        ) : (
          <Badge color="red">
            {report.disagreements.length} disagreement{report.disagreements.length === 1 ? "" : "s"}
            {report.problems.length > 0 && `, ${report.problems.length} problem${report.problems.length === 1 ? "" : "s"} in the books`}
          </Badge>
        )}
        <Text size="small" className="text-ui-fg-subtle">
          {report.orders_checked} order{report.orders_checked === 1 ? "" : "s"} placed from {formatDateTime(report.range.from)} to{" "}
          {formatDateTime(report.range.to)}, checked {formatDateTime(report.checked_at)}.
        </Text>
      </div>
      {report.problems.length > 0 && (
        <div className="flex flex-col gap-y-2 px-6">
          <Text size="small" weight="plus">
            The books against themselves
          </Text>
          {report.problems.map((problem) => (
            <Alert key={problem.rule} variant="error">
              <Text size="small">
                {problem.description} ({problem.count}){problem.examples.length > 0 && <>: {problem.examples.join(", ")}</>}
              </Text>
            </Alert>
          ))}
        </div>
      )}
      {report.disagreements.length > 0 && (
        <div>
          <ListTable
            what="the disagreements"
            query={SETTLED}
            rows={shown.map((disagreement, index) => ({ ...disagreement, index }))}
            columns={DISAGREEMENT_COLUMNS}
            rowId={(row) => `${row.order_id}-${row.rule}-${row.index}`}
            empty={{ heading: "No disagreement" }}
          />
          {report.disagreements.length > shown.length && (
            <Text size="small" className="text-ui-fg-subtle px-6 py-2">
              Showing the first {shown.length} of {report.disagreements.length}; check a narrower range to see the rest.
            </Text>
          )}
        </div>
      )}
    </div>
  )
}

export function LedgerCheckSection() {
  const [from, setFrom] = useState("")
  const [to, setTo] = useState("")
  const check = useLedgerCheck()
  const rangeError =
    (from && !isDateInput(from)) || (to && !isDateInput(to))
      ? "Dates as day, month and year"
      : from && to && from > to
        ? "The start date is after the end date"
        : undefined

  const run = () => {
    if (rangeError) return
    check.mutate({ from: from ? startOfDayIso(from) : undefined, to: to ? endOfDayIso(to) : undefined })
  }

  return (
    <Section
      title="Ledger check"
      description="Compares the books with Medusa for every order placed in the range (captured less refunded, tax, lines and quantities) and checks that every movement balances. Without dates: the last 90 days."
      actions={
        <Button size="small" variant="secondary" onClick={run} isLoading={check.isPending} disabled={Boolean(rangeError)}>
          Run check
        </Button>
      }
    >
      <div className="flex flex-col gap-2 px-6 py-4 sm:flex-row sm:items-center">
        <Input
          type="date"
          size="small"
          aria-label="Orders placed from (inclusive)"
          value={from}
          max={to || todayInput()}
          onChange={(event) => setFrom(event.target.value)}
          className="w-full sm:w-[150px]"
        />
        <Input
          type="date"
          size="small"
          aria-label="Orders placed to (inclusive)"
          value={to}
          min={from || undefined}
          max={todayInput()}
          onChange={(event) => setTo(event.target.value)}
          className="w-full sm:w-[150px]"
        />
        {rangeError && (
          <Text size="small" className="text-ui-fg-error" role="alert">
            {rangeError}
          </Text>
        )}
      </div>
      {check.isError && (
        <div className="px-6 py-4">
          <Alert variant="error">
            <Text size="small">Could not run the check: {errorMessage(check.error)}</Text>
          </Alert>
        </div>
      )}
      {check.data && !check.isPending && (
        <div className="pb-4" aria-live="polite">
          <Findings report={check.data} />
        </div>
      )}
    </Section>
  )
}
