/**
 * The "record adjustment" form: a staff correction of a cooperative's
 * balance, with the account on the other side of it (double entry: a credit
 * to the cooperative is paid by CIS operations or the community fund, a debit
 * goes back to one of them). The direction is chosen apart from the amount,
 * so nobody has to type a minus sign; the amount becomes integer minor units
 * by string arithmetic only.
 */
import { parseMajorAmount } from "./format"
import type { CreateAdjustmentBody } from "./ledger-api"
import { ADJUSTMENT_COUNTER_ACCOUNTS, type AdjustmentCounterAccount } from "./ledger-vocabulary"

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

/** The API's field names, as its 400 messages name them, and the form field each outlines. */
export const ADJUSTMENT_API_FIELDS: Record<string, AdjustmentField> = {
  cooperative_id: "cooperative_id",
  currency_code: "currency_code",
  amount: "amount",
  counter_account: "counter_account",
  reason: "reason",
}

const MIN_REASON = 5
const MAX_REASON = 1000
/** The API's ceiling, in minor units either way. */
export const MAX_ADJUSTMENT_MINOR = 1_000_000_000

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

export function validateAdjustment(values: AdjustmentValues): AdjustmentErrors {
  const errors: AdjustmentErrors = {}
  if (!values.cooperative_id) errors.cooperative_id = "Choose the cooperative"
  if (!values.currency_code) errors.currency_code = "Required"
  if (!ADJUSTMENT_DIRECTIONS.includes(values.direction)) errors.direction = "Choose credit or debit"
  const amount = parseMajorAmount(values.amount, values.currency_code)
  if ("error" in amount) errors.amount = amount.error
  else if (amount.minor > MAX_ADJUSTMENT_MINOR) errors.amount = "Too large for one adjustment"
  if (!ADJUSTMENT_COUNTER_ACCOUNTS.includes(values.counter_account)) errors.counter_account = "Choose the other side of the movement"
  const reason = values.reason.trim()
  if (reason.length < MIN_REASON) errors.reason = `Say why, in at least ${MIN_REASON} characters`
  else if (reason.length > MAX_REASON) errors.reason = `At most ${MAX_REASON} characters`
  return errors
}

/** The body; call only after validateAdjustment found nothing. A debit is sent as a negative amount. */
export function toAdjustmentBody(values: AdjustmentValues): CreateAdjustmentBody {
  const amount = parseMajorAmount(values.amount, values.currency_code)
  if ("error" in amount) throw new Error(amount.error)
  return {
    cooperative_id: values.cooperative_id,
    currency_code: values.currency_code,
    amount: values.direction === "debit" ? -amount.minor : amount.minor,
    counter_account: values.counter_account,
    reason: values.reason.trim(),
  }
}
