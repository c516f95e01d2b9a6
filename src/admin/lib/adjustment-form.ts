/**
 * The "record adjustment" form: a staff correction of a cooperative's
 * balance, with the account on the other side of it (double entry: a credit
 * to the cooperative is paid by CIS operations or the community fund, a debit
 * goes back to one of them). The direction is chosen apart from the amount,
 * so nobody has to type a minus sign; the amount becomes integer minor units
 * by string arithmetic only; the contract's schema for the route judges the body.
 */
import { AdminCreateAdjustment } from "@cis/contract/ledger-adjustment"
import { checkForm, type ContractFormRules } from "./contract-form"
import { parseMajorAmount } from "./format"
import type { CreateAdjustmentBody } from "./ledger-api"
import type { AdjustmentCounterAccount } from "./ledger-vocabulary"

export const ADJUSTMENT_DIRECTIONS = ["credit", "debit"] as const
export type AdjustmentDirection = (typeof ADJUSTMENT_DIRECTIONS)[number]

export const ADJUSTMENT_DIRECTION_LABELS: Record<AdjustmentDirection, string> = {
  credit: "Credit: the cooperative is owed more",
  debit: "Debit: the cooperative is owed less",
}

export type AdjustmentValues = {
  cooperative_id: string
  currency_code: string
  direction: AdjustmentDirection
  amount: string
  counter_account: AdjustmentCounterAccount
  reason: string
}

export type AdjustmentField = keyof AdjustmentValues
export type AdjustmentErrors = Partial<Record<AdjustmentField, string>>

export function initialAdjustmentValues(start: { cooperative_id?: string; currency_code?: string } = {}): AdjustmentValues {
  return {
    cooperative_id: start.cooperative_id ?? "",
    currency_code: start.currency_code ?? "usd",
    direction: "credit",
    amount: "",
    counter_account: "cis_operations",
    reason: "",
  }
}

/** The body the values make; a debit is sent as a negative amount, an unreadable amount as NaN (refused). */
export function toAdjustmentBody(values: AdjustmentValues): CreateAdjustmentBody {
  const amount = parseMajorAmount(values.amount, values.currency_code)
  const minor = "minor" in amount ? amount.minor : Number.NaN
  return {
    cooperative_id: values.cooperative_id,
    currency_code: values.currency_code,
    amount: values.direction === "debit" ? -minor : minor,
    counter_account: values.counter_account,
    reason: values.reason.trim(),
  }
}

/** The form's check: direction and typed amount first, then the body against the contract's schema (its limits). */
export const adjustmentRules: ContractFormRules<AdjustmentValues> = {
  schema: AdminCreateAdjustment,
  toBody: toAdjustmentBody,
  typed: (values) => {
    const errors: AdjustmentErrors = {}
    if (!ADJUSTMENT_DIRECTIONS.includes(values.direction)) errors.direction = "Choose credit or debit"
    const amount = parseMajorAmount(values.amount, values.currency_code)
    if ("error" in amount) errors.amount = amount.error
    return errors
  },
  messages: {
    cooperative_id: "Choose the cooperative",
    currency_code: "Required",
    amount: "Too large for one adjustment",
    counter_account: "Choose the other side of the movement",
    reason: (issue) => (issue.code === "too_small" ? `Say why, in at least ${issue.minimum} characters` : undefined),
  },
}

/** Every field the values leave wrong, with its message (empty when the adjustment may be sent). */
export const validateAdjustment = (values: AdjustmentValues): AdjustmentErrors => checkForm(adjustmentRules, values)
