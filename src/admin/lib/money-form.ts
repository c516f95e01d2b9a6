/**
 * What the money forms share. A movement on one cooperative's balance (an
 * advance, an adjustment): the cooperative, an amount typed in major units of
 * a currency, and why. A payment's proof (an advance, a payout marked paid):
 * the day the money left, how, and its reference. Amounts become integer
 * minor units by string arithmetic only, never through a float; what cannot
 * be read becomes a value the contract refuses (NaN, an empty day).
 */
import type { z } from "zod"
import type { FormErrors } from "./contract-form"
import { isDateInput, paidOnIso, parseMajorAmount, todayInput } from "./format"
import type { PayoutMethod } from "./vocabulary"

export type MovementValues = { cooperative_id: string; currency_code: string; amount: string; reason: string }
export type PaymentValues = { paid_date: string; method: PayoutMethod; reference: string }

/** From a prefilled cooperative and currency (e.g. a balance row's), in USD otherwise. */
export function initialMovementValues(start: { cooperative_id?: string; currency_code?: string } = {}): MovementValues {
  return { cooperative_id: start.cooperative_id ?? "", currency_code: start.currency_code ?? "usd", amount: "", reason: "" }
}

/** Paid today, by the cooperative's usual method when it has one, else by bank transfer. */
export function initialPaymentValues(method?: PayoutMethod | null): PaymentValues {
  return { paid_date: todayInput(), method: method ?? "bank_transfer", reference: "" }
}

/** The amount as typed, in minor units; NaN (which the contract refuses) when it cannot be read. */
export function minorOrNaN(text: string, currency_code: string): number {
  const amount = parseMajorAmount(text, currency_code)
  return "minor" in amount ? amount.minor : Number.NaN
}

export function toMovementBody(values: MovementValues) {
  return {
    cooperative_id: values.cooperative_id,
    currency_code: values.currency_code,
    amount: minorOrNaN(values.amount, values.currency_code),
    reason: values.reason.trim(),
  }
}

/** Paid today is stamped with the moment it is recorded, an earlier day at noon UTC (see paidOnIso). */
export function toPaymentBody(values: PaymentValues, now = new Date()) {
  return {
    paid_at: isDateInput(values.paid_date) ? paidOnIso(values.paid_date, now) : "",
    reference: values.reference.trim(),
    method: values.method,
  }
}

/** The complaint about an amount only its typed text can tell (decimals per currency, a sign), under `field`. */
export function typedAmountErrors(field: string, text: string, currency_code: string): FormErrors {
  const amount = parseMajorAmount(text, currency_code)
  return "error" in amount ? { [field]: amount.error } : {}
}

/** A payment's day must be a date, and not in the future: `future` says so in the form's words. */
export function typedPaidDateErrors(paid_date: string, future: string): FormErrors {
  if (!isDateInput(paid_date)) return { paid_date: "A date" }
  return paid_date > todayInput() ? { paid_date: future } : {}
}

/** An empty reference, in the form's words: the payment cannot be proved without it. */
export const referenceMessage = (issue: z.core.$ZodIssue) =>
  issue.code === "too_small" ? "Required: the transfer number or receipt that proves the payment" : undefined
