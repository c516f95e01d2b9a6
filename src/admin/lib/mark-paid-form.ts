/**
 * The "mark paid" form: values as typed, validation, and the request body.
 * The amount is typed in major units of the currency actually sent (a EUR
 * payout may leave the bank as USD) and converted to integer minor units by
 * string arithmetic only; the contract's schema for the route judges the body.
 */
import { AdminMarkPayoutPaid } from "@cis/contract/payout"
import { exchangeRate } from "../../lib/exchange-rate"
import { checkForm, type ContractFormRules, type ErrorsOf } from "./contract-form"
import { parseMajorAmount, toMajorInput } from "./format"
import type { MarkPayoutPaidBody, Payout } from "./ledger-api"
import {
  initialPaymentValues,
  minorOrNaN,
  referenceMessage,
  toPaymentBody,
  typedAmountErrors,
  typedPaidDateErrors,
  type PaymentValues,
} from "./money-form"
import type { PayoutMethod } from "./vocabulary"

export type MarkPaidValues = PaymentValues & { sent_amount: string; sent_currency_code: string }

/** Paid today, the payout's own amount in its own currency, by the cooperative's usual method. */
export function initialMarkPaidValues(payout: Payout, method: PayoutMethod | null | undefined): MarkPaidValues {
  return {
    ...initialPaymentValues(method),
    sent_amount: toMajorInput(payout.amount, payout.currency_code),
    sent_currency_code: payout.currency_code,
  }
}

/** The body the values make; an unreadable amount is NaN and an unreadable day empty (both refused). */
export function toMarkPaidBody(values: MarkPaidValues): MarkPayoutPaidBody {
  return {
    ...toPaymentBody(values),
    sent_amount: minorOrNaN(values.sent_amount, values.sent_currency_code),
    sent_currency_code: values.sent_currency_code,
  }
}

/** The form's check: the typed amount and day first, then the body against the contract's schema (its limits). */
export const markPaidRules: ContractFormRules<MarkPaidValues> = {
  schema: AdminMarkPayoutPaid,
  toBody: toMarkPaidBody,
  typed: (values) => ({
    ...typedPaidDateErrors(values.paid_date, "Not in the future: record a payment once it is made"),
    ...(values.sent_currency_code ? {} : { sent_currency_code: "Required" }),
    ...typedAmountErrors("sent_amount", values.sent_amount, values.sent_currency_code),
  }),
  renamed: { paid_at: "paid_date" },
  messages: {
    reference: referenceMessage,
    method: "Choose how it was paid",
    sent_amount: (issue) => (issue.code === "too_big" ? "Too large for one payout" : undefined),
  },
}

/** Every field the values leave wrong, with its message (empty when the payment may be recorded). */
export const validateMarkPaid = (values: MarkPaidValues): ErrorsOf<MarkPaidValues> => checkForm(markPaidRules, values)

/**
 * What the typed amount means for the books, so staff see it before it is
 * written: in the payout's own currency, less than the payout leaves the rest
 * on the cooperative's balance (carried to its next payout) and more is
 * netted against it; in another currency the payout is settled whole and the
 * rate is recorded. null while the amount cannot be read or matches exactly.
 */
export type SentDifference =
  | { kind: "short" | "excess"; minor: number; currency_code: string }
  | { kind: "other_currency"; rate: string; from: string; to: string }

export function sentDifference(payout: Pick<Payout, "amount" | "currency_code">, values: MarkPaidValues): SentDifference | null {
  if (!values.sent_currency_code) return null
  const sent = parseMajorAmount(values.sent_amount, values.sent_currency_code)
  if ("error" in sent) return null
  if (values.sent_currency_code !== payout.currency_code) {
    if (payout.amount <= 0) return null
    return {
      kind: "other_currency",
      rate: exchangeRate(payout, { amount: sent.minor, currency_code: values.sent_currency_code }),
      from: payout.currency_code,
      to: values.sent_currency_code,
    }
  }
  if (sent.minor === payout.amount) return null
  return sent.minor < payout.amount
    ? { kind: "short", minor: payout.amount - sent.minor, currency_code: payout.currency_code }
    : { kind: "excess", minor: sent.minor - payout.amount, currency_code: payout.currency_code }
}
