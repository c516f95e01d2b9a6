/**
 * The "record adjustment" form: a staff correction of a cooperative's
 * balance, with the account on the other side of it (double entry: a credit
 * to the cooperative is paid by CIS operations or the community fund, a debit
 * goes back to one of them). The direction is chosen apart from the amount,
 * so nobody has to type a minus sign; the amount becomes integer minor units
 * by string arithmetic only (lib/money-form.ts); the contract's schema for
 * the route judges the body.
 */
import { AdminCreateAdjustment } from "@cis/contract/ledger-adjustment"
import { checkForm, type ContractFormRules, type ErrorsOf } from "./contract-form"
import type { CreateAdjustmentBody } from "./ledger-api"
import type { AdjustmentCounterAccount } from "./ledger-vocabulary"
import { initialMovementValues, toMovementBody, typedAmountErrors, type MovementValues } from "./money-form"

export const ADJUSTMENT_DIRECTIONS = ["credit", "debit"] as const
export type AdjustmentDirection = (typeof ADJUSTMENT_DIRECTIONS)[number]

export const ADJUSTMENT_DIRECTION_LABELS: Record<AdjustmentDirection, string> = {
  credit: "Credit: the cooperative is owed more",
  debit: "Debit: the cooperative is owed less",
}

export type AdjustmentValues = MovementValues & { direction: AdjustmentDirection; counter_account: AdjustmentCounterAccount }

export function initialAdjustmentValues(start: { cooperative_id?: string; currency_code?: string } = {}): AdjustmentValues {
  return { ...initialMovementValues(start), direction: "credit", counter_account: "cis_operations" }
}

/** The body the values make; a debit is sent as a negative amount, an unreadable amount as NaN (refused). */
export function toAdjustmentBody(values: AdjustmentValues): CreateAdjustmentBody {
  const movement = toMovementBody(values)
  return {
    ...movement,
    amount: values.direction === "debit" ? -movement.amount : movement.amount,
    counter_account: values.counter_account,
  }
}

/** The form's check: direction and typed amount first, then the body against the contract's schema (its limits). */
export const adjustmentRules: ContractFormRules<AdjustmentValues> = {
  schema: AdminCreateAdjustment,
  toBody: toAdjustmentBody,
  typed: (values) => ({
    ...(ADJUSTMENT_DIRECTIONS.includes(values.direction) ? {} : { direction: "Choose credit or debit" }),
    ...typedAmountErrors("amount", values.amount, values.currency_code),
  }),
  messages: {
    cooperative_id: "Choose the cooperative",
    currency_code: "Required",
    amount: "Too large for one adjustment",
    counter_account: "Choose the other side of the movement",
    reason: (issue) => (issue.code === "too_small" ? `Say why, in at least ${issue.minimum} characters` : undefined),
  },
}

/** Every field the values leave wrong, with its message (empty when the adjustment may be sent). */
export const validateAdjustment = (values: AdjustmentValues): ErrorsOf<AdjustmentValues> => checkForm(adjustmentRules, values)
