/**
 * "Record advance": money already sent to a cooperative ahead of its sales
 * (fair-trade buyers pre-finance, often half an order up front). It lowers
 * the cooperative's balance at once, so its next payouts net it against the
 * payable sales made since. The drawer says that, with the figures.
 */
import { Button, Drawer, Input, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useRef, useState } from "react"
import {
  ADVANCE_API_FIELDS,
  initialAdvanceValues,
  toAdvanceBody,
  validateAdvance,
  type AdvanceErrors,
  type AdvanceValues,
} from "../lib/advance-form"
import { errorMessage, errorStatus, fieldsNamedIn } from "../lib/errors"
import { formatMoney, parseMajorAmount, todayInput } from "../lib/format"
import { useCooperativeBalances, useCreateAdvance } from "../lib/ledger-api"
import { PAYOUT_METHODS, PAYOUT_METHOD_LABELS, type PayoutMethod } from "../lib/vocabulary"
import { FormField } from "./form-field"
import { CooperativeSelectField, CurrencySelectField, useCooperativeChoices } from "./money-target-fields"

type Props = {
  /** Prefills the cooperative and currency (e.g. from a balance row). */
  start?: { cooperative_id?: string; currency_code?: string }
}

export function RecordAdvanceDrawer({ start }: Props) {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<AdvanceValues>(() => initialAdvanceValues(start))
  const [errors, setErrors] = useState<AdvanceErrors>({})
  const cooperatives = useCooperativeChoices()
  const balances = useCooperativeBalances()
  const create = useCreateAdvance()
  // One problem toast at a time: the next problem or a success replaces it.
  const problemToast = useRef<string | number | undefined>(undefined)
  const showProblem = (title: string, description?: string) => {
    if (problemToast.current !== undefined) toast.dismiss(problemToast.current)
    problemToast.current = toast.error(title, { description })
  }
  const id = (field: keyof AdvanceValues) => `record-advance-${field}`

  const chosen = cooperatives.list.find((c) => c.id === values.cooperative_id)
  const balance = balances.data?.balances.find(
    (b) => b.cooperative_id === values.cooperative_id && b.currency_code === values.currency_code
  )
  const typed = parseMajorAmount(values.amount, values.currency_code)
  // Integer minor units throughout: what the next payout would carry now, and once the advance is netted.
  const before = BigInt(balance?.balance ?? 0)
  const after = "minor" in typed ? before - BigInt(typed.minor) : undefined

  const openChange = (next: boolean) => {
    if (next) {
      setValues(initialAdvanceValues(start))
      setErrors({})
    }
    setOpen(next)
  }

  const change = (patch: Partial<AdvanceValues>) => {
    setValues((current) => ({ ...current, ...patch }))
    setErrors((current) => {
      const next = { ...current }
      for (const key of Object.keys(patch) as (keyof AdvanceValues)[]) delete next[key]
      // The amount's allowed decimals depend on the currency.
      if ("currency_code" in patch) delete next.amount
      return next
    })
  }

  const submit = async () => {
    const found = validateAdvance(values)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      showProblem("Please correct the highlighted fields")
      return
    }
    const body = toAdvanceBody(values)
    try {
      await create.mutateAsync(body)
      if (problemToast.current !== undefined) toast.dismiss(problemToast.current)
      toast.success(`Advance to ${chosen?.name ?? "the cooperative"} recorded`, {
        description: `${formatMoney(body.amount, body.currency_code)}: its next payouts net it against its payable sales.`,
      })
      setOpen(false)
    } catch (error) {
      const message = errorMessage(error)
      if (errorStatus(error) === 400) {
        const named = fieldsNamedIn(message, Object.keys(ADVANCE_API_FIELDS))
        setErrors((current) => {
          const next = { ...current }
          for (const field of named) next[ADVANCE_API_FIELDS[field]] = "The server refused this value (see the message)"
          return next
        })
      }
      showProblem("Could not record the advance", message)
    }
  }

  return (
    <Drawer open={open} onOpenChange={openChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Record advance
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
            <Drawer.Title>Record an advance</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle txt-small">
              Money already sent to a cooperative ahead of its sales. It lowers the cooperative's balance now, and its
              next payouts net it against the payable sales made since. An advance cannot be edited; a mistake is
              corrected with an adjustment.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <CooperativeSelectField
              id={id("cooperative_id")}
              value={values.cooperative_id}
              error={errors.cooperative_id}
              onChange={(cooperative_id) => change({ cooperative_id })}
            />
            <div className="grid grid-cols-[1fr_120px] gap-x-3">
              <FormField
                label="Amount sent"
                htmlFor={id("amount")}
                error={errors.amount}
                hint="What left, in the currency it was sent in, e.g. 150.00."
              >
                <Input
                  id={id("amount")}
                  inputMode="decimal"
                  value={values.amount}
                  aria-invalid={Boolean(errors.amount) || undefined}
                  onChange={(event) => change({ amount: event.target.value })}
                />
              </FormField>
              <CurrencySelectField
                id={id("currency_code")}
                value={values.currency_code}
                error={errors.currency_code}
                onChange={(currency_code) => change({ currency_code })}
              />
            </div>
            {chosen && (
              <Text size="small" className="text-ui-fg-subtle" aria-live="polite">
                {chosen.name}'s balance in {values.currency_code.toUpperCase()} now:{" "}
                <span className="text-ui-fg-base font-medium">{formatMoney(before, values.currency_code)}</span>
                {after !== undefined && (
                  <>
                    ; after this advance:{" "}
                    <span className="text-ui-fg-base font-medium">{formatMoney(after, values.currency_code)}</span>.
                    {after <= 0n && " Until its payable sales exceed the advance, a payout has nothing to carry."}
                  </>
                )}
              </Text>
            )}
            <FormField label="Sent on" htmlFor={id("paid_date")} error={errors.paid_date}>
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
            <FormField
              label="Reason"
              htmlFor={id("reason")}
              error={errors.reason}
              hint="Why it was advanced, e.g. the buyer's order it pre-finances. The cooperative sees it in its portal."
            >
              <Textarea
                id={id("reason")}
                rows={3}
                value={values.reason}
                aria-invalid={Boolean(errors.reason) || undefined}
                onChange={(event) => change({ reason: event.target.value })}
              />
            </FormField>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending}>
              Record advance
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
