/**
 * The "mark paid" form: values as typed, validation, and the request body.
 * The amount is typed in major units of the currency actually sent (a EUR
 * payout may leave the bank as USD) and converted to integer minor units by
 * string arithmetic only.
 */
import { exchangeRate } from "../../lib/exchange-rate"
import { isDateInput, paidOnIso, parseMajorAmount, toMajorInput, todayInput } from "./format"
import type { MarkPayoutPaidBody, Payout } from "./ledger-api"
import { PAYOUT_METHODS, type PayoutMethod } from "./vocabulary"

export type MarkPaidValues = {
  reference: string
  paid_date: string
  method: PayoutMethod
  sent_amount: string
  sent_currency_code: string
}

export type MarkPaidField = keyof MarkPaidValues
export type MarkPaidErrors = Partial<Record<MarkPaidField, string>>

/** The API's field names, as its 400 messages name them, and the form field each outlines. */
export const MARK_PAID_API_FIELDS: Record<string, MarkPaidField> = {
  reference: "reference",
  paid_at: "paid_date",
  method: "method",
  sent_amount: "sent_amount",
  sent_currency_code: "sent_currency_code",
}

const MAX_REFERENCE = 200

export function initialMarkPaidValues(payout: Payout, method: PayoutMethod | null | undefined): MarkPaidValues {
  return {
    reference: "",
    paid_date: todayInput(),
    method: method ?? "bank_transfer",
    sent_amount: toMajorInput(payout.amount, payout.currency_code),
    sent_currency_code: payout.currency_code,
  }
}

export function validateMarkPaid(values: MarkPaidValues): MarkPaidErrors {
  const errors: MarkPaidErrors = {}
  const reference = values.reference.trim()
  if (!reference) errors.reference = "Required: the transfer number or receipt that proves the payment"
  else if (reference.length > MAX_REFERENCE) errors.reference = `At most ${MAX_REFERENCE} characters`

  if (!isDateInput(values.paid_date)) errors.paid_date = "A date"
  else if (values.paid_date > todayInput()) errors.paid_date = "Not in the future: record a payment once it is made"

  if (!PAYOUT_METHODS.includes(values.method)) errors.method = "Choose how it was paid"

  if (!values.sent_currency_code) errors.sent_currency_code = "Required"
  const amount = parseMajorAmount(values.sent_amount, values.sent_currency_code)
  if ("error" in amount) errors.sent_amount = amount.error
  return errors
}

/** The body; call only after validateMarkPaid found nothing. */
export function toMarkPaidBody(values: MarkPaidValues): MarkPayoutPaidBody {
  const amount = parseMajorAmount(values.sent_amount, values.sent_currency_code)
  if ("error" in amount) throw new Error(amount.error)
  return {
    reference: values.reference.trim(),
    paid_at: paidOnIso(values.paid_date),
    method: values.method,
    sent_amount: amount.minor,
    sent_currency_code: values.sent_currency_code,
  }
}

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
