/**
 * "Record adjustment": a staff correction of a cooperative's balance, written
 * as a balanced movement. Staff name the other side (CIS operations or the
 * community fund pays a credit, or receives a debit), so no money appears or
 * vanishes; the reason and the author are kept with it.
 */
import { Text, toast } from "@medusajs/ui"
import { ADJUSTMENT_DIRECTIONS, ADJUSTMENT_DIRECTION_LABELS, adjustmentRules, initialAdjustmentValues, toAdjustmentBody, type AdjustmentValues } from "../lib/adjustment-form"
import { contractCheck } from "../lib/contract-form"
import { formatMoney } from "../lib/format"
import { useCreateAdjustment } from "../lib/ledger-api"
import { ADJUSTMENT_COUNTER_ACCOUNTS, COUNTER_ACCOUNT_LABELS } from "../lib/ledger-vocabulary"
import { useContractForm } from "../lib/use-contract-form"
import { FormDrawer } from "./form-drawer"
import { SelectField, TextField } from "./form-inputs"
import { AmountInCurrencyFields, CooperativeSelectField, useCooperativeChoices } from "./money-target-fields"

const check = contractCheck(adjustmentRules)

export function RecordAdjustmentDrawer() {
  const contract = useContractForm(check, () => initialAdjustmentValues())
  const { values } = contract
  const field = contract.fields("record-adjustment")
  const cooperatives = useCooperativeChoices()
  const create = useCreateAdjustment()
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
      <CooperativeSelectField {...field("cooperative_id", "Cooperative")} />
      <SelectField
        {...field("direction", "Direction")}
        options={ADJUSTMENT_DIRECTIONS}
        optionLabel={(direction) => ADJUSTMENT_DIRECTION_LABELS[direction]}
      />
      <AmountInCurrencyFields
        amount={field("amount", "Amount")}
        currency={field("currency_code", "Currency", ["amount"])}
        hint="e.g. 12.50, without a sign."
      />
      <SelectField
        {...field("counter_account", values.direction === "credit" ? "Paid by" : "Goes back to")}
        hint={
          values.direction === "credit"
            ? `${counter} pays what ${name} is credited.`
            : `${counter} receives what ${name} is debited.`
        }
        options={ADJUSTMENT_COUNTER_ACCOUNTS}
        optionLabel={(account) => COUNTER_ACCOUNT_LABELS[account]}
      />
      <TextField
        {...field("reason", "Reason")}
        hint="Why, so anyone reading the ledger later understands. The cooperative sees it in its portal."
        rows={3}
      />
      <Text size="small" className="text-ui-fg-subtle">
        Adjustments are payable at once: the next payout carries a credit, and nets a debit.
      </Text>
    </FormDrawer>
  )
}
