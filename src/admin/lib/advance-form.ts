/**
 * The "record advance" form: values as typed, validation, and the request
 * body, checked by the contract's schema for POST /admin/advances. An advance
 * is money already sent to a cooperative ahead of its sales (fair-trade
 * pre-financing): a movement on its balance and a payment's proof
 * (lib/money-form.ts).
 */
import { AdminCreateAdvance } from "@cis/contract/advance"
import { checkForm, type ContractFormRules, type ErrorsOf } from "./contract-form"
import type { CreateAdvanceBody } from "./ledger-api"
import {
  initialMovementValues,
  initialPaymentValues,
  referenceMessage,
  toMovementBody,
  toPaymentBody,
  typedAmountErrors,
  typedPaidDateErrors,
  type MovementValues,
  type PaymentValues,
} from "./money-form"

export type AdvanceValues = MovementValues & PaymentValues

export function initialAdvanceValues(start: { cooperative_id?: string; currency_code?: string } = {}): AdvanceValues {
  return { ...initialMovementValues(start), ...initialPaymentValues() }
}

/** The body the values make (see advanceRules: send it only once they pass). */
export function toAdvanceBody(values: AdvanceValues, now = new Date()): CreateAdvanceBody {
  return { ...toMovementBody(values), ...toPaymentBody(values, now) }
}

/**
 * The form's check: the typed amount and day first (only the form can read
 * them), then the body against the contract's schema, which holds the limits.
 */
export const advanceRules: ContractFormRules<AdvanceValues> = {
  schema: AdminCreateAdvance,
  toBody: (values) => toAdvanceBody(values),
  typed: (values) => ({
    ...typedAmountErrors("amount", values.amount, values.currency_code),
    ...typedPaidDateErrors(values.paid_date, "Not in the future: record an advance once it is sent"),
  }),
  renamed: { paid_at: "paid_date" },
  messages: {
    cooperative_id: "Choose the cooperative that received it",
    currency_code: "Required",
    amount: (issue) => (issue.code === "too_big" ? "Too large for one advance" : undefined),
    method: "Choose how it was sent",
    reference: referenceMessage,
    reason: (issue) => (issue.code === "too_small" ? `Say why, in at least ${issue.minimum} characters (e.g. the order it pre-finances)` : undefined),
  },
}

/** Every field the values leave wrong, with its message (empty when the advance may be sent). */
export const validateAdvance = (values: AdvanceValues): ErrorsOf<AdvanceValues> => checkForm(advanceRules, values)
