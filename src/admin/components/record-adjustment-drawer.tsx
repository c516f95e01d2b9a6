/**
 * "Record adjustment": a staff correction of a cooperative's balance, written
 * as a balanced movement. Staff name the other side (CIS operations or the
 * community fund pays a credit, or receives a debit), so no money appears or
 * vanishes; the reason and the author are kept with it.
 */
import { Button, Drawer, Input, Select, Text, Textarea, toast } from "@medusajs/ui"
import { useRef, useState } from "react"
import {
  ADJUSTMENT_API_FIELDS,
  ADJUSTMENT_DIRECTIONS,
  ADJUSTMENT_DIRECTION_LABELS,
  initialAdjustmentValues,
  toAdjustmentBody,
  validateAdjustment,
  type AdjustmentDirection,
  type AdjustmentErrors,
  type AdjustmentValues,
} from "../lib/adjustment-form"
import { errorMessage, errorStatus, fieldsNamedIn } from "../lib/errors"
import { formatMoney } from "../lib/format"
import { useCreateAdjustment } from "../lib/ledger-api"
import { ADJUSTMENT_COUNTER_ACCOUNTS, COUNTER_ACCOUNT_LABELS, type AdjustmentCounterAccount } from "../lib/ledger-vocabulary"
import { FormField } from "./form-field"
import { CooperativeSelectField, CurrencySelectField, useCooperativeChoices } from "./money-target-fields"

export function RecordAdjustmentDrawer() {
  const [open, setOpen] = useState(false)
  const [values, setValues] = useState<AdjustmentValues>(() => initialAdjustmentValues())
  const [errors, setErrors] = useState<AdjustmentErrors>({})
  const cooperatives = useCooperativeChoices()
  const create = useCreateAdjustment()
  const problemToast = useRef<string | number | undefined>(undefined)
  const showProblem = (title: string, description?: string) => {
    if (problemToast.current !== undefined) toast.dismiss(problemToast.current)
    problemToast.current = toast.error(title, { description })
  }
  const id = (field: keyof AdjustmentValues) => `record-adjustment-${field}`
  const name = cooperatives.list.find((c) => c.id === values.cooperative_id)?.name ?? "the cooperative"
  const counter = COUNTER_ACCOUNT_LABELS[values.counter_account]

  const openChange = (next: boolean) => {
    if (next) {
      setValues(initialAdjustmentValues())
      setErrors({})
    }
    setOpen(next)
  }

  const change = (patch: Partial<AdjustmentValues>) => {
    setValues((current) => ({ ...current, ...patch }))
    setErrors((current) => {
      const next = { ...current }
      for (const key of Object.keys(patch) as (keyof AdjustmentValues)[]) delete next[key]
      if ("currency_code" in patch) delete next.amount
      return next
    })
  }

  const submit = async () => {
    const found = validateAdjustment(values)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      showProblem("Please correct the highlighted fields")
      return
    }
    const body = toAdjustmentBody(values)
    try {
      await create.mutateAsync(body)
      if (problemToast.current !== undefined) toast.dismiss(problemToast.current)
      toast.success(`Adjustment recorded for ${name}`, { description: formatMoney(body.amount, body.currency_code) })
      setOpen(false)
    } catch (error) {
      const message = errorMessage(error)
      if (errorStatus(error) === 400) {
        const named = fieldsNamedIn(message, Object.keys(ADJUSTMENT_API_FIELDS))
        setErrors((current) => {
          const next = { ...current }
          for (const field of named) next[ADJUSTMENT_API_FIELDS[field]] = "The server refused this value (see the message)"
          return next
        })
      }
      showProblem("Could not record the adjustment", message)
    }
  }

  return (
    <Drawer open={open} onOpenChange={openChange}>
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Record adjustment
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
            <Drawer.Title>Record an adjustment</Drawer.Title>
            <Drawer.Description className="text-ui-fg-subtle txt-small">
              A correction of a cooperative's balance, payable at once. It moves money between the cooperative and
              CIS operations or the community fund, and is never edited afterwards: a mistake takes another adjustment.
            </Drawer.Description>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <CooperativeSelectField
              id={id("cooperative_id")}
              value={values.cooperative_id}
              error={errors.cooperative_id}
              onChange={(cooperative_id) => change({ cooperative_id })}
            />
            <FormField label="Direction" htmlFor={id("direction")} error={errors.direction}>
              <Select value={values.direction} onValueChange={(direction) => change({ direction: direction as AdjustmentDirection })}>
                <Select.Trigger id={id("direction")} aria-invalid={Boolean(errors.direction) || undefined}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {ADJUSTMENT_DIRECTIONS.map((direction) => (
                    <Select.Item key={direction} value={direction}>
                      {ADJUSTMENT_DIRECTION_LABELS[direction]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </FormField>
            <div className="grid grid-cols-[1fr_120px] gap-x-3">
              <FormField label="Amount" htmlFor={id("amount")} error={errors.amount} hint="e.g. 12.50, without a sign.">
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
            <FormField
              label={values.direction === "credit" ? "Paid by" : "Goes back to"}
              htmlFor={id("counter_account")}
              error={errors.counter_account}
              hint={
                values.direction === "credit"
                  ? `${counter} pays what ${name} is credited.`
                  : `${counter} receives what ${name} is debited.`
              }
            >
              <Select
                value={values.counter_account}
                onValueChange={(counter_account) => change({ counter_account: counter_account as AdjustmentCounterAccount })}
              >
                <Select.Trigger id={id("counter_account")} aria-invalid={Boolean(errors.counter_account) || undefined}>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {ADJUSTMENT_COUNTER_ACCOUNTS.map((account) => (
                    <Select.Item key={account} value={account}>
                      {COUNTER_ACCOUNT_LABELS[account]}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </FormField>
            <FormField
              label="Reason"
              htmlFor={id("reason")}
              error={errors.reason}
              hint="Why, so anyone reading the ledger later understands. The cooperative sees it in its portal."
            >
              <Textarea
                id={id("reason")}
                rows={3}
                value={values.reason}
                aria-invalid={Boolean(errors.reason) || undefined}
                onChange={(event) => change({ reason: event.target.value })}
              />
            </FormField>
            <Text size="small" className="text-ui-fg-subtle">
              Adjustments are payable at once: the next payout carries a credit, and nets a debit.
            </Text>
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                Cancel
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending}>
              Record adjustment
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
