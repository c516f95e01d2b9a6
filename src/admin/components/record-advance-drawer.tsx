/**
 * "Record advance": money already sent to a cooperative ahead of its sales
 * (fair-trade buyers pre-finance, often half an order up front). It lowers
 * the cooperative's balance at once, so its next payouts net it against the
 * payable sales made since. The drawer says that, with the figures.
 */
import { Text, toast } from "@medusajs/ui"
import { advanceRules, initialAdvanceValues, toAdvanceBody, type AdvanceValues } from "../lib/advance-form"
import { contractCheck } from "../lib/contract-form"
import { formatMoney, parseMajorAmount } from "../lib/format"
import { useCooperativeBalances, useCreateAdvance } from "../lib/ledger-api"
import { useContractForm } from "../lib/use-contract-form"
import { FormDrawer } from "./form-drawer"
import { PaymentFields, TextField } from "./form-inputs"
import { AmountInCurrencyFields, CooperativeSelectField, useCooperativeChoices } from "./money-target-fields"

const check = contractCheck(advanceRules)

type Props = {
  /** Prefills the cooperative and currency (e.g. from a balance row). */
  start?: { cooperative_id?: string; currency_code?: string }
}

export function RecordAdvanceDrawer({ start }: Props) {
  const contract = useContractForm(check, () => initialAdvanceValues(start))
  const { values } = contract
  const field = contract.fields("record-advance")
  const cooperatives = useCooperativeChoices()
  const balances = useCooperativeBalances()
  const create = useCreateAdvance()

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
      <CooperativeSelectField {...field("cooperative_id", "Cooperative")} />
      <AmountInCurrencyFields
        amount={field("amount", "Amount sent")}
        currency={field("currency_code", "Currency", ["amount"])}
        hint="What left, in the currency it was sent in, e.g. 150.00."
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
      <PaymentFields
        paidDate={field("paid_date", "Sent on")}
        method={field("method", "Method")}
        reference={field("reference", "Reference")}
      />
      <TextField
        {...field("reason", "Reason")}
        hint="Why it was advanced, e.g. the buyer's order it pre-finances. The cooperative sees it in its portal."
        rows={3}
      />
    </FormDrawer>
  )
}
