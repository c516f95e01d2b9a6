/**
 * "Mark paid" for a draft payout: records the reference, date, method and
 * the amount that actually left, possibly in another currency. A paid payout
 * never changes again, so the form says exactly what will be written.
 */
import { Button, Drawer, Input, Select, Text, toast } from "@medusajs/ui"
import { useRef, useState } from "react"
import { errorMessage, errorStatus, fieldsNamedIn } from "../lib/errors"
import { countOf, formatMoney, toMajorInput, todayInput } from "../lib/format"
import { useMarkPayoutPaid, type Payout } from "../lib/ledger-api"
import {
  MARK_PAID_API_FIELDS,
  initialMarkPaidValues,
  sentDifference,
  toMarkPaidBody,
  validateMarkPaid,
  type MarkPaidErrors,
  type MarkPaidValues,
} from "../lib/mark-paid-form"
import { PAYOUT_METHODS, PAYOUT_METHOD_LABELS, type PayoutMethod } from "../lib/vocabulary"
import { FormField } from "./form-field"

type Props = {
  payout: Payout
  cooperativeName: string
  /** The cooperative's usual payout method, to start from. */
  defaultMethod?: PayoutMethod | null
  /** Lowercase codes offered for the sent amount, besides the payout's own. */
  currencies: string[]
}

export function MarkPaidDrawer({ payout, cooperativeName, defaultMethod, currencies }: Props) {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<MarkPaidValues>(() => initialMarkPaidValues(payout, defaultMethod))
  const [errors, setErrors] = useState<MarkPaidErrors>({})
  const markPaid = useMarkPayoutPaid()
  // One problem toast at a time: the next problem or a success replaces it.
  const problemToast = useRef<string | number | undefined>(undefined)
  const showProblem = (title: string, description?: string) => {
    if (problemToast.current !== undefined) toast.dismiss(problemToast.current)
    problemToast.current = toast.error(title, { description })
  }
  const id = (field: keyof MarkPaidValues) => `mark-paid-${payout.id}-${field}`
  const currencyOptions = [...new Set([payout.currency_code, ...currencies])].sort()
  const difference = sentDifference(payout, values)

  const openChange = (next: boolean) => {
    if (next) {
      setValues(initialMarkPaidValues(payout, defaultMethod))
      setErrors({})
    }
    setOpen(next)
  }

  const change = (patch: Partial<MarkPaidValues>) => {
    setValues((current) => ({ ...current, ...patch }))
    setErrors((current) => {
      const next = { ...current }
      for (const key of Object.keys(patch) as (keyof MarkPaidValues)[]) delete next[key]
      // The amount's allowed decimals depend on the currency.
      if ("sent_currency_code" in patch) delete next.sent_amount
      return next
    })
  }

  // The prefilled amount is in the payout's currency: it must not silently pass for another one.
  const changeCurrency = (code: string) => {
    const prefilled = toMajorInput(payout.amount, payout.currency_code)
    if (code !== payout.currency_code && values.sent_amount === prefilled) change({ sent_currency_code: code, sent_amount: "" })
    else if (code === payout.currency_code && !values.sent_amount.trim()) change({ sent_currency_code: code, sent_amount: prefilled })
    else change({ sent_currency_code: code })
  }

  const submit = async () => {
    const found = validateMarkPaid(values)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      showProblem("Please correct the highlighted fields")
      return
    }
    try {
      await markPaid.mutateAsync({ id: payout.id, body: toMarkPaidBody(values) })
      if (problemToast.current !== undefined) toast.dismiss(problemToast.current)
      toast.success(`Payout to ${cooperativeName} marked paid`)
      setOpen(false)
    } catch (error) {
      const message = errorMessage(error)
      if (errorStatus(error) === 400) {
        const named = fieldsNamedIn(message, Object.keys(MARK_PAID_API_FIELDS))
        setErrors((current) => {
          const next = { ...current }
          for (const field of named) next[MARK_PAID_API_FIELDS[field]] = "The server refused this value (see the message)"
          return next
        })
      }
      // A 409 means it is no longer a draft; the list has refreshed to show why.
      if (errorStatus(error) === 409) setOpen(false)
      showProblem("Could not mark the payout paid", message)
    }
  }

  return (
    <Drawer open={open} onOpenChange={openChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Mark paid
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <form
          noValidate
          className="flex h-full flex-col overflow-hidden"
          onSubmit={(event) => {
            event.preventDefault()
            void submit()
          }}
        >
          <Drawer.Header>
            <Drawer.Title>Mark payout paid</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle txt-small">
              {cooperativeName}: {formatMoney(payout.amount, payout.currency_code)} from {countOf(payout.entry_count, "entry", "entries")}.
              Once paid, a payout cannot be changed; a mistake is corrected with an adjustment.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <FormField
              label="Reference"
              htmlFor={id("reference")}
              error={errors.reference}
              hint="The bank transfer number, or the receipt number for cash."
            >
              <Input
                id={id("reference")}
                value={values.reference}
                aria-invalid={Boolean(errors.reference) || undefined}
                onChange={(event) => change({ reference: event.target.value })}
              />
            </FormField>
            <FormField label="Paid on" htmlFor={id("paid_date")} error={errors.paid_date}>
              <Input
                id={id("paid_date")}
                type="date"
                max={todayInput()}
                value={values.paid_date}
                aria-invalid={Boolean(errors.paid_date) || undefined}
                onChange={(event) => change({ paid_date: event.target.value })}
              />
            </FormField>
            <FormField label="Method" htmlFor={id("method")} error={errors.method}>
              <Select value={values.method} onValueChange={(method) => change({ method: method as PayoutMethod })}>
                <Select.Trigger id={id("method")} aria-invalid={Boolean(errors.method) || undefined}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {PAYOUT_METHODS.map((method) => (
                    <Select.Item key={method} value={method}>
                      {PAYOUT_METHOD_LABELS[method]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </FormField>
            <div className="grid grid-cols-[1fr_120px] gap-x-3">
              <FormField
                label="Amount sent"
                htmlFor={id("sent_amount")}
                error={errors.sent_amount}
                hint="What actually left, in the currency it was sent in, e.g. 1250.00."
              >
                <Input
                  id={id("sent_amount")}
                  inputMode="decimal"
                  value={values.sent_amount}
                  aria-invalid={Boolean(errors.sent_amount) || undefined}
                  onChange={(event) => change({ sent_amount: event.target.value })}
                />
              </FormField>
              <FormField label="Currency" htmlFor={id("sent_currency_code")} error={errors.sent_currency_code}>
                <Select
                  value={values.sent_currency_code}
                  onValueChange={changeCurrency}
                >
                  <Select.Trigger
                    id={id("sent_currency_code")}
                    aria-invalid={Boolean(errors.sent_currency_code) || undefined}
                  >
                    <Select.Value />
                  </Select.Trigger>
                  <Select.Content>
                    {currencyOptions.map((code) => (
                      <Select.Item key={code} value={code}>
                        {code.toUpperCase()}
                      </Select.Item>
                    ))}
                  </Select.Content>
                </Select>
              </FormField>
            </div>
            <Text size="small" className="text-ui-fg-subtle" aria-live="polite">
              {difference?.kind === "short" ? (
                <>
                  <span className="text-ui-fg-base font-medium">{formatMoney(difference.minor, difference.currency_code)}</span>{" "}
                  less than the payout: the difference stays on {cooperativeName}'s balance and is carried to its next
                  payout.
                </>
              ) : difference?.kind === "excess" ? (
                <>
                  <span className="text-ui-fg-base font-medium">{formatMoney(difference.minor, difference.currency_code)}</span>{" "}
                  more than the payout: the excess is netted against {cooperativeName}'s next payout.
                </>
              ) : difference?.kind === "other_currency" ? (
                <>
                  Sent in another currency than the payout's {difference.from.toUpperCase()}: the payout is settled in full
                  and the exchange rate is recorded,{" "}
                  <span className="text-ui-fg-base font-medium">
                    1 {difference.from.toUpperCase()} = {difference.rate} {difference.to.toUpperCase()}
                  </span>
                  .
                </>
              ) : values.sent_currency_code !== payout.currency_code ? (
                <>
                  Sent in another currency than the payout's {payout.currency_code.toUpperCase()}: the payout is settled
                  in full and the exchange rate is recorded.
                </>
              ) : (
                <>
                  A different amount in {payout.currency_code.toUpperCase()} is accepted: what was not sent stays on the
                  cooperative's balance for its next payout.
                </>
              )}
            </Text>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={markPaid.isPending}>
              Mark paid
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
