/**
 * The "record advance" form: values as typed, validation, and the request
 * body. An advance is money already sent to a cooperative ahead of its sales
 * (fair-trade pre-financing); the amount is typed in major units and turned
 * into integer minor units by string arithmetic only, never through a float.
 */
import { isDateInput, paidOnIso, parseMajorAmount, todayInput } from "./format"
import type { CreateAdvanceBody } from "./ledger-api"
import { PAYOUT_METHODS, type PayoutMethod } from "./vocabulary"

export type AdvanceValues = {
  cooperative_id: string
  currency_code: string
  amount: string
  paid_date: string
  reference: string
  method: PayoutMethod
  reason: string
}

export type AdvanceField = keyof AdvanceValues
export type AdvanceErrors = Partial<Record<AdvanceField, string>>

/** The API's field names, as its 400 messages name them, and the form field each outlines. */
export const ADVANCE_API_FIELDS: Record<string, AdvanceField> = {
  cooperative_id: "cooperative_id",
  currency_code: "currency_code",
  amount: "amount",
  paid_at: "paid_date",
  reference: "reference",
  method: "method",
  reason: "reason",
}

const MAX_REFERENCE = 200
const MIN_REASON = 5
const MAX_REASON = 1000
/** The API's ceiling, in minor units (10,000,000.00 of a two-decimal currency). */
export const MAX_ADVANCE_MINOR = 1_000_000_000

export function initialAdvanceValues(start: { cooperative_id?: string; currency_code?: string } = {}): AdvanceValues {
  return {
    cooperative_id: start.cooperative_id ?? "",
    currency_code: start.currency_code ?? "usd",
    amount: "",
    paid_date: todayInput(),
    reference: "",
    method: "bank_transfer",
    reason: "",
  }
}

export function validateAdvance(values: AdvanceValues): AdvanceErrors {
  const errors: AdvanceErrors = {}
  if (!values.cooperative_id) errors.cooperative_id = "Choose the cooperative that received it"
  if (!values.currency_code) errors.currency_code = "Required"

  const amount = parseMajorAmount(values.amount, values.currency_code)
  if ("error" in amount) errors.amount = amount.error
  else if (amount.minor > MAX_ADVANCE_MINOR) errors.amount = "Too large for one advance"

  if (!isDateInput(values.paid_date)) errors.paid_date = "A date"
  else if (values.paid_date > todayInput()) errors.paid_date = "Not in the future: record an advance once it is sent"

  const reference = values.reference.trim()
  if (!reference) errors.reference = "Required: the transfer number or receipt that proves the payment"
  else if (reference.length > MAX_REFERENCE) errors.reference = `At most ${MAX_REFERENCE} characters`

  if (!PAYOUT_METHODS.includes(values.method)) errors.method = "Choose how it was sent"

  const reason = values.reason.trim()
  if (reason.length < MIN_REASON) errors.reason = `Say why, in at least ${MIN_REASON} characters (e.g. the order it pre-finances)`
  else if (reason.length > MAX_REASON) errors.reason = `At most ${MAX_REASON} characters`
  return errors
}

/** The body; call only after validateAdvance found nothing. */
export function toAdvanceBody(values: AdvanceValues, now = new Date()): CreateAdvanceBody {
  const amount = parseMajorAmount(values.amount, values.currency_code)
  if ("error" in amount) throw new Error(amount.error)
  return {
    cooperative_id: values.cooperative_id,
    currency_code: values.currency_code,
    amount: amount.minor,
    paid_at: paidOnIso(values.paid_date, now),
    reference: values.reference.trim(),
    method: values.method,
    reason: values.reason.trim(),
  }
}
