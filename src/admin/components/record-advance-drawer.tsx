/**
 * "Record advance": money already sent to a cooperative ahead of its sales
 * (fair-trade buyers pre-finance, often half an order up front). It lowers
 * the cooperative's balance at once, so its next payouts net it against the
 * payable sales made since. The drawer says that, with the figures.
 */
import { Text, toast } from "@medusajs/ui"
import { advanceRules, initialAdvanceValues, toAdvanceBody, type AdvanceValues } from "../lib/advance-form"
import { contractCheck } from "../lib/contract-form"
import { formatMoney, parseMajorAmount, todayInput } from "../lib/format"
import { useCooperativeBalances, useCreateAdvance } from "../lib/ledger-api"
import { useContractForm } from "../lib/use-contract-form"
import { FormDrawer } from "./form-drawer"
import { PayoutMethodField, TextField } from "./form-inputs"
import { AmountInCurrencyFields, CooperativeSelectField, useCooperativeChoices } from "./money-target-fields"

const check = contractCheck(advanceRules)
/** How each field is called on screen, for the toast that lists what to correct. */
const LABELS: Record<keyof AdvanceValues, string> = {
  cooperative_id: "Cooperative",
  amount: "Amount sent",
  currency_code: "Currency",
  paid_date: "Sent on",
  method: "Method",
  reference: "Reference",
  reason: "Reason",
}

type Props = {
  /** Prefills the cooperative and currency (e.g. from a balance row). */
  start?: { cooperative_id?: string; currency_code?: string }
}

export function RecordAdvanceDrawer({ start }: Props) {
  const contract = useContractForm(check, initialAdvanceValues(start), LABELS)
  const { values, errors, change } = contract
  const cooperatives = useCooperativeChoices()
  const balances = useCooperativeBalances()
  const create = useCreateAdvance()
  const id = (field: keyof AdvanceValues) => `record-advance-${field}`

  const chosen = cooperatives.list.find((c) => c.id === values.cooperative_id)
  const balance = balances.data?.balances.find(
    (b) => b.cooperative_id === values.cooperative_id && b.currency_code === values.currency_code
  )
  const typed = parseMajorAmount(values.amount, values.currency_code)
  // Integer minor units throughout: what the next payout would carry now, and once the advance is netted.
  const before = BigInt(balance?.balance ?? 0)
  const after = "minor" in typed ? before - BigInt(typed.minor) : undefined

  const save = async (checked: AdvanceValues) => {
    const body = toAdvanceBody(checked)
    await create.mutateAsync(body)
    toast.success(`Advance to ${chosen?.name ?? "the cooperative"} recorded`, {
      description: `${formatMoney(body.amount, body.currency_code)}: its next payouts net it against its payable sales.`,
    })
  }

  return (
    <FormDrawer
      contract={contract}
      start={() => initialAdvanceValues(start)}
      save={save}
      failureTitle="Could not record the advance"
      triggerLabel="Record advance"
      title="Record an advance"
      description={
        <>
          Money already sent to a cooperative ahead of its sales. It lowers the cooperative's balance now, and its next
          payouts net it against the payable sales made since. An advance cannot be edited; a mistake is corrected with an
          adjustment.
        </>
      }
      submitLabel="Record advance"
      pending={create.isPending}
    >
      <CooperativeSelectField
        id={id("cooperative_id")}
        value={values.cooperative_id}
        error={errors.cooperative_id}
        onChange={(cooperative_id) => change({ cooperative_id })}
      />
      <AmountInCurrencyFields
        idOf={id}
        label="Amount sent"
        hint="What left, in the currency it was sent in, e.g. 150.00."
        values={values}
        errors={errors}
        change={change}
      />
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
      <TextField
        id={id("paid_date")}
        label="Sent on"
        error={errors.paid_date}
        type="date"
        max={todayInput()}
        value={values.paid_date}
        onChange={(paid_date) => change({ paid_date })}
      />
      <PayoutMethodField id={id("method")} value={values.method} error={errors.method} onChange={(method) => change({ method })} />
      <TextField
        id={id("reference")}
        label="Reference"
        error={errors.reference}
        hint="The bank transfer number, or the receipt number for cash."
        value={values.reference}
        onChange={(reference) => change({ reference })}
      />
      <TextField
        id={id("reason")}
        label="Reason"
        error={errors.reason}
        hint="Why it was advanced, e.g. the buyer's order it pre-finances. The cooperative sees it in its portal."
        rows={3}
        value={values.reason}
        onChange={(reason) => change({ reason })}
      />
    </FormDrawer>
  )
}
