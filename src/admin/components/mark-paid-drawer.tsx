/**
 * "Mark paid" for a draft payout: records the reference, date, method and
 * the amount that actually left, possibly in another currency. A paid payout
 * never changes again, so the form says exactly what will be written.
 */
import { Text, toast } from "@medusajs/ui"
import { contractCheck } from "../lib/contract-form"
import { errorStatus } from "../lib/errors"
import { countOf, formatMoney, toMajorInput } from "../lib/format"
import { useMarkPayoutPaid, type Payout } from "../lib/ledger-api"
import { initialMarkPaidValues, markPaidRules, sentDifference, toMarkPaidBody, type MarkPaidValues } from "../lib/mark-paid-form"
import { useContractForm } from "../lib/use-contract-form"
import { type PayoutMethod } from "../lib/vocabulary"
import { FormDrawer } from "./form-drawer"
import { PaymentFields } from "./form-inputs"
import { AmountInCurrencyFields } from "./money-target-fields"

const check = contractCheck(markPaidRules)

type Props = {
  payout: Payout
  cooperativeName: string
  /** The cooperative's usual payout method, to start from. */
  defaultMethod?: PayoutMethod | null
  /** Lowercase codes offered for the sent amount, besides the payout's own. */
  currencies: string[]
}

export function MarkPaidDrawer({ payout, cooperativeName, defaultMethod, currencies }: Props) {
  const contract = useContractForm(check, () => initialMarkPaidValues(payout, defaultMethod))
  const { values, change } = contract
  const field = contract.fields(`mark-paid-${payout.id}`)
  const markPaid = useMarkPayoutPaid()
  const currencyOptions = [...new Set([payout.currency_code, ...currencies])].sort()
  const difference = sentDifference(payout, values)

  // The prefilled amount is in the payout's currency: it must not silently pass for another one.
  const changeCurrency = (code: string) => {
    const prefilled = toMajorInput(payout.amount, payout.currency_code)
    if (code !== payout.currency_code && values.sent_amount === prefilled) change({ sent_currency_code: code, sent_amount: "" })
    else if (code === payout.currency_code && !values.sent_amount.trim()) change({ sent_currency_code: code, sent_amount: prefilled })
    else change({ sent_currency_code: code }, ["sent_amount"])
  }

  const save = async (checked: MarkPaidValues) => {
    await markPaid.mutateAsync({ id: payout.id, body: toMarkPaidBody(checked) })
    toast.success(`Payout to ${cooperativeName} marked paid`)
  }

  return (
    <FormDrawer
      contract={contract}
      save={save}
      failureTitle="Could not mark the payout paid"
      // A 409 means it is no longer a draft; the list has refreshed to show why.
      closesOn={(error) => errorStatus(error) === 409}
      triggerLabel="Mark paid"
      title="Mark payout paid"
      description={
        <>
          {cooperativeName}: {formatMoney(payout.amount, payout.currency_code)} from {countOf(payout.entry_count, "entry", "entries")}.
          Once paid, a payout cannot be changed; a mistake is corrected with an adjustment.
        </>
      }
      submitLabel="Mark paid"
      pending={markPaid.isPending}
    >
      <PaymentFields
        paidDate={field("paid_date", "Paid on")}
        method={field("method", "Method")}
        reference={field("reference", "Reference")}
      />
      <AmountInCurrencyFields
        amount={field("sent_amount", "Amount sent")}
        currency={{ ...field("sent_currency_code", "Currency"), onChange: changeCurrency }}
        currencies={currencyOptions}
        hint="What actually left, in the currency it was sent in, e.g. 1250.00."
      />
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
    </FormDrawer>
  )
}
