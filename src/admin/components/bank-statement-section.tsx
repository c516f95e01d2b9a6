/**
 * Upload the bank's statement (CSV) and confirm the matches it proposes:
 * each proposed line names an awaiting order by its reference and pays
 * exactly what it owes; partial, over and unmatched lines are flagged.
 * Confirming captures those orders' payments; a line or file seen before is
 * never captured again.
 */
import { Alert, Badge, Button, Checkbox, Container, createDataTableColumnHelper, Heading, Label, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useConfirmLines, useImportStatement, useStatement, useStatements, type StatementLine } from "../lib/bank-transfer-api"
import { errorMessage } from "../lib/errors"
import { formatDateTime, formatMoney } from "../lib/format"
import { ListTable } from "./list-table"

const STATUS: Record<StatementLine["status"], { label: string; color: "green" | "blue" | "orange" | "red" | "grey" }> = {
  proposed: { label: "Match", color: "blue" },
  over: { label: "Pays more", color: "orange" },
  partial: { label: "Pays less", color: "orange" },
  unmatched: { label: "No match", color: "red" },
  confirmed: { label: "Received", color: "green" },
}
const CONFIRMABLE = new Set<StatementLine["status"]>(["proposed", "over"])
/** Large enough for any monthly statement of a small store's account. */
const MAX_FILE_BYTES = 2_000_000

const column = createDataTableColumnHelper<StatementLine>()

/** The lines staff may confirm carry their own tick box (not the table's row selection: an exact match starts ticked). */
function lineColumns(chosen: (line: StatementLine) => boolean, toggle: (line: StatementLine, on: boolean) => void) {
  return [
    column.display({
      id: "confirm",
      cell: ({ row: { original: line } }) =>
        CONFIRMABLE.has(line.status) && (
          <Checkbox
            aria-label={`Confirm row ${line.row_number}`}
            checked={chosen(line)}
            onCheckedChange={(value) => toggle(line, value === true)}
          />
        ),
    }),
    column.accessor("row_number", { header: "Row", cell: ({ getValue }) => <span className="tabular-nums">{getValue()}</span> }),
    column.accessor("booked_on", { header: "Date" }),
    column.accessor("description", {
      header: "Description",
      cell: ({ row: { original: line } }) => (
        <>
          <Text size="small">{line.description}</Text>
          {line.note && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              {line.note}
            </Text>
          )}
        </>
      ),
    }),
    column.accessor("amount", {
      header: "Amount",
      align: "right",
      cell: ({ row: { original: line } }) => <span className="tabular-nums">{formatMoney(line.amount, line.currency_code)}</span>,
    }),
    column.accessor("order_display_id", {
      header: "Order",
      cell: ({ row: { original: line } }) => (
        <>
          {line.order_display_id ? `CIS-${line.order_display_id}` : "—"}
          {line.expected_amount !== null && line.status !== "proposed" && line.status !== "confirmed" && (
            <Text size="xsmall" className="text-ui-fg-subtle">
              owes {formatMoney(line.expected_amount, line.currency_code)}
            </Text>
          )}
        </>
      ),
    }),
    column.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => (
        <Badge size="2xsmall" color={STATUS[getValue()].color}>
          {STATUS[getValue()].label}
        </Badge>
      ),
    }),
  ]
}

export function BankStatementSection() {
  const [statementId, setStatementId] = useState<string>()
  const [problem, setProblem] = useState<string>()
  const [dateOrder, setDateOrder] = useState<"dmy" | "mdy">("dmy")
  const upload = useImportStatement()
  const statements = useStatements()

  const onFile = async (file: File | undefined) => {
    setProblem(undefined)
    if (!file) return
    if (file.size > MAX_FILE_BYTES) {
      setProblem(`${file.name} is larger than 2 MB; split the statement by month.`)
      return
    }
    try {
      const { statement } = await upload.mutateAsync({ file_name: file.name, content: await file.text(), date_order: dateOrder })
      setStatementId(statement.id)
      const fresh = statement.lines.length
      toast.success(`${file.name}: ${fresh} new incoming transfer${fresh === 1 ? "" : "s"}`, {
        description: statement.duplicate_count > 0 ? `${statement.duplicate_count} already imported before, left as they were.` : undefined,
      })
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-y-3 px-6 py-4">
        <div>
          <Heading level="h2">Bank statement</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Upload the statement exported from the bank as CSV (comma or semicolon; columns for the date, amount,
            currency and reference or description). Incoming transfers are matched to awaiting orders by their
            reference (CIS-1042, #1042 or 1042) and the exact amount; nothing is recorded until you confirm.
          </Text>
        </div>
        <div className="flex flex-wrap items-end gap-4">
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="statement-file" size="small" weight="plus">
              Statement file (CSV)
            </Label>
            <input
              id="statement-file"
              type="file"
              accept=".csv,text/csv"
              disabled={upload.isPending}
              className="txt-small"
              onChange={(event) => {
                void onFile(event.target.files?.[0])
                event.target.value = ""
              }}
            />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="statement-date-order" size="small" weight="plus">
              Dates like 03/04/2026 are
            </Label>
            <Select value={dateOrder} onValueChange={(value) => setDateOrder(value as "dmy" | "mdy")}>
              <Select.Trigger id="statement-date-order" className="w-56">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="dmy">day/month/year (3 April)</Select.Item>
                <Select.Item value="mdy">month/day/year (March 4)</Select.Item>
              </Select.Content>
            </Select>
          </div>
          {upload.isPending && <Text size="small">Reading the statement…</Text>}
        </div>
        {problem && (
          <Alert variant="error">
            <Text size="small" weight="plus">
              The statement was not imported; nothing was recorded.
            </Text>
            <Text size="small" className="whitespace-pre-line" id="statement-problem">
              {problem}
            </Text>
          </Alert>
        )}
      </div>
      {statementId && <StatementLines statementId={statementId} />}
      <div className="flex flex-col gap-y-2 px-6 py-4">
        <Text size="small" weight="plus">
          Earlier imports
        </Text>
        {(statements.data?.statements ?? []).length === 0 ? (
          <Text size="small" className="text-ui-fg-subtle">
            None yet.
          </Text>
        ) : (
          <ul className="flex flex-col gap-y-1">
            {statements.data!.statements.map((s) => (
              <li key={s.id}>
                <Button size="small" variant="transparent" onClick={() => setStatementId(s.id)}>
                  {s.file_name} · {formatDateTime(s.created_at)} · {s.credit_count} credits, {s.duplicate_count} seen before
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Container>
  )
}

function StatementLines({ statementId }: { statementId: string }) {
  const statement = useStatement(statementId)
  const confirm = useConfirmLines(statementId)
  const [picked, setPicked] = useState<Set<string>>(new Set())
  const lines = statement.data?.statement.lines ?? []
  const confirmable = lines.filter((line) => CONFIRMABLE.has(line.status))
  // Exact matches start ticked; lines that pay more wait for staff to tick them.
  const chosen = (line: StatementLine) => (picked.has(line.id) ? true : picked.has(`-${line.id}`) ? false : line.status === "proposed")
  const toggle = (line: StatementLine, on: boolean) =>
    setPicked((current) => {
      const next = new Set(current)
      next.delete(line.id)
      next.delete(`-${line.id}`)
      next.add(on ? line.id : `-${line.id}`)
      return next
    })
  const selected = confirmable.filter(chosen)

  const submit = async () => {
    try {
      const { results } = await confirm.mutateAsync(selected.map((line) => line.id))
      const captured = results.filter((r) => r.captured).length
      const refused = results.filter((r) => !r.captured)
      if (captured > 0) toast.success(`${captured} payment${captured === 1 ? "" : "s"} recorded as received`)
      for (const r of refused) toast.error(`Row ${r.row_number} not recorded`, { description: r.message ?? undefined })
      setPicked(new Set())
    } catch (error) {
      toast.error("Could not confirm the matches", { description: errorMessage(error) })
    }
  }

  if (statement.isPending) return <div className="px-6 py-4"><Text size="small">Loading the statement…</Text></div>
  if (statement.isError) return <div className="px-6 py-4"><Text size="small" className="text-ui-fg-error">{errorMessage(statement.error)}</Text></div>
  const { file_name, duplicate_count, skipped_count } = statement.data.statement
  return (
    <div className="flex flex-col gap-y-3 py-4">
      <div className="px-6">
        <Text size="small" weight="plus">
          {file_name}: {lines.length} new incoming transfer{lines.length === 1 ? "" : "s"}
        </Text>
        <Text size="small" className="text-ui-fg-subtle">
          {duplicate_count} seen in an earlier import (left as they were); {skipped_count} debits or zero rows skipped.
        </Text>
      </div>
      {lines.length > 0 && (
        <ListTable
          what="the statement's lines"
          query={statement}
          rows={lines}
          columns={lineColumns(chosen, toggle)}
          rowId={(line) => line.id}
          empty={{ heading: "No incoming transfer" }}
        />
      )}
      {confirmable.length > 0 && (
        <div className="flex justify-end px-6">
          <Button size="small" onClick={() => void submit()} isLoading={confirm.isPending} disabled={selected.length === 0}>
            Confirm {selected.length} match{selected.length === 1 ? "" : "es"}
          </Button>
        </div>
      )}
    </div>
  )
}
