/**
 * The "record advance" form: values as typed, validation, and the request
 * body, checked by the contract's schema for POST /admin/advances. An advance is money already sent to a cooperative ahead of its sales
 * (fair-trade pre-financing); the amount is typed in major units and turned
 * into integer minor units by string arithmetic only, never through a float.
 */
import { AdminCreateAdvance } from "@cis/contract/advance"
import { checkForm, type ContractFormRules } from "./contract-form"
import { isDateInput, paidOnIso, parseMajorAmount, todayInput } from "./format"
import type { CreateAdvanceBody } from "./ledger-api"
import type { PayoutMethod } from "./vocabulary"

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

/** The amount as typed, in minor units; NaN (which the contract refuses) when it cannot be read. */
function minorOrNaN(text: string, currency_code: string): number {
  const amount = parseMajorAmount(text, currency_code)
  return "minor" in amount ? amount.minor : Number.NaN
}

/** The body the values make (see advanceRules: send it only once they pass). */
export function toAdvanceBody(values: AdvanceValues, now = new Date()): CreateAdvanceBody {
  return {
    cooperative_id: values.cooperative_id,
    currency_code: values.currency_code,
    amount: minorOrNaN(values.amount, values.currency_code),
    paid_at: isDateInput(values.paid_date) ? paidOnIso(values.paid_date, now) : "",
    reference: values.reference.trim(),
    method: values.method,
    reason: values.reason.trim(),
  }
}

/**
 * The form's check: the typed amount and day first (only the form can read
 * them), then the body against the contract's schema, which holds the limits.
 */
export const advanceRules: ContractFormRules<AdvanceValues> = {
  schema: AdminCreateAdvance,
  toBody: (values) => toAdvanceBody(values),
  typed: (values) => {
    const errors: AdvanceErrors = {}
    const amount = parseMajorAmount(values.amount, values.currency_code)
    if ("error" in amount) errors.amount = amount.error
    if (!isDateInput(values.paid_date)) errors.paid_date = "A date"
    else if (values.paid_date > todayInput()) errors.paid_date = "Not in the future: record an advance once it is sent"
    return errors
  },
  renamed: { paid_at: "paid_date" },
  messages: {
    cooperative_id: "Choose the cooperative that received it",
    currency_code: "Required",
    amount: (issue) => (issue.code === "too_big" ? "Too large for one advance" : undefined),
    method: "Choose how it was sent",
    reference: (issue) => (issue.code === "too_small" ? "Required: the transfer number or receipt that proves the payment" : undefined),
    reason: (issue) => (issue.code === "too_small" ? `Say why, in at least ${issue.minimum} characters (e.g. the order it pre-finances)` : undefined),
  },
}

/** Every field the values leave wrong, with its message (empty when the advance may be sent). */
export const validateAdvance = (values: AdvanceValues): AdvanceErrors => checkForm(advanceRules, values)
