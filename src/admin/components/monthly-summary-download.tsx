/**
 * A month's CSV for the accountant: by default the ledger summary per
 * cooperative and currency; with other props, another monthly report (the
 * card payments). Browsers without a month picker show a text box, hence the check.
 */
import { ArrowDownTray } from "@medusajs/icons"
import { Button, Input } from "@medusajs/ui"
import { useState } from "react"
import { MONTH_INPUT, currentMonthInput } from "../lib/format"
import { monthlySummaryUrl } from "../lib/ledger-api"
import { FormField } from "./form-field"
import { Section } from "./section"

type Props = { id?: string; title?: string; description?: string; urlFor?: (month: string) => string }

export function MonthlySummaryDownload({
  id = "monthly-summary-month",
  title = "Monthly summary",
  description = "Earned, reversed, adjusted and paid per cooperative and currency for one calendar month.",
  urlFor = monthlySummaryUrl,
}: Props) {
  const [month, setMonth] = useState(currentMonthInput)
  const valid = MONTH_INPUT.test(month)

  return (
    <Section title={title} description={description}>
      <div className="flex flex-col gap-2 px-6 py-4 sm:flex-row sm:items-end">
        <FormField
          label="Month"
          htmlFor={id}
          error={valid ? undefined : "A month as YYYY-MM, e.g. 2025-03"}
          className="w-full sm:w-[200px]"
        >
          <Input
            id={id}
            type="month"
            placeholder="YYYY-MM"
            max={currentMonthInput()}
            value={month}
            aria-invalid={!valid || undefined}
            onChange={(event) => setMonth(event.target.value)}
          />
        </FormField>
        {valid ? (
          <Button size="small" variant="secondary" asChild>
            <a href={urlFor(month)} download>
              <ArrowDownTray />
              Download CSV
            </a>
          </Button>
        ) : (
          <Button size="small" variant="secondary" disabled>
            <ArrowDownTray />
            Download CSV
          </Button>
        )}
      </div>
    </Section>
  )
}
