/**
 * "Record adjustment": a staff correction of a cooperative's balance, written
 * as a balanced movement. Staff name the other side (CIS operations or the
 * community fund pays a credit, or receives a debit), so no money appears or
 * vanishes; the reason and the author are kept with it.
 */
import { Input, Select, Text, Textarea, toast } from "@medusajs/ui"
import {
  ADJUSTMENT_DIRECTIONS,
  ADJUSTMENT_DIRECTION_LABELS,
  adjustmentRules,
  initialAdjustmentValues,
  toAdjustmentBody,
  type AdjustmentDirection,
  type AdjustmentValues,
} from "../lib/adjustment-form"
import { contractCheck } from "../lib/contract-form"
import { formatMoney } from "../lib/format"
import { useCreateAdjustment } from "../lib/ledger-api"
import { ADJUSTMENT_COUNTER_ACCOUNTS, COUNTER_ACCOUNT_LABELS, type AdjustmentCounterAccount } from "../lib/ledger-vocabulary"
import { useContractForm } from "../lib/use-contract-form"
import { FormDrawer } from "./form-drawer"
import { FormField } from "./form-field"
import { CooperativeSelectField, CurrencySelectField, useCooperativeChoices } from "./money-target-fields"

const check = contractCheck(adjustmentRules)
/** How each field is called on screen, for the toast that lists what to correct. */
const LABELS: Record<keyof AdjustmentValues, string> = {
  cooperative_id: "Cooperative",
  direction: "Direction",
  amount: "Amount",
  currency_code: "Currency",
  counter_account: "Paid by / returned to",
  reason: "Reason",
}

export function RecordAdjustmentDrawer() {
  const contract = useContractForm(check, initialAdjustmentValues(), LABELS)
  const { values, errors, change } = contract
  const cooperatives = useCooperativeChoices()
  const create = useCreateAdjustment()
  const id = (field: keyof AdjustmentValues) => `record-adjustment-${field}`
  const name = cooperatives.list.find((c) => c.id === values.cooperative_id)?.name ?? "the cooperative"
  const counter = COUNTER_ACCOUNT_LABELS[values.counter_account]

  const save = async (checked: AdjustmentValues) => {
    const body = toAdjustmentBody(checked)
    await create.mutateAsync(body)
    toast.success(`Adjustment recorded for ${name}`, { description: formatMoney(body.amount, body.currency_code) })
  }

  return (
    <FormDrawer
      contract={contract}
      start={() => initialAdjustmentValues()}
      save={save}
      failureTitle="Could not record the adjustment"
      triggerLabel="Record adjustment"
      title="Record an adjustment"
      description={
        <>
          A correction of a cooperative's balance, payable at once. It moves money between the cooperative and CIS
          operations or the community fund, and is never edited afterwards: a mistake takes another adjustment.
        </>
      }
      submitLabel="Record adjustment"
      pending={create.isPending}
    >
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
          onChange={(currency_code) => change({ currency_code }, ["amount"])}
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
    </FormDrawer>
  )
}
