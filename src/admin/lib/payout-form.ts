/**
 * The "create payout" form: the cooperative and currency come from the
 * balance row, staff may choose the last day whose entries it carries. The
 * contract's schema for POST /admin/payouts judges the body.
 */
import { AdminCreatePayout } from "@cis/contract/payout"
import { checkForm, type ContractFormRules } from "./contract-form"
import { endOfDayIso, isDateInput, todayInput } from "./format"
import type { CreatePayoutBody } from "./ledger-api"

export type CreatePayoutValues = { cooperative_id: string; currency_code: string; up_to: string }

export function initialCreatePayoutValues(target: { cooperative_id: string; currency_code: string }): CreatePayoutValues {
  return { cooperative_id: target.cooperative_id, currency_code: target.currency_code, up_to: "" }
}

/** Everything unpaid until now when no day is chosen; else the whole chosen day (in the browser's time zone). */
export function toCreatePayoutBody(values: CreatePayoutValues): CreatePayoutBody {
  const day = values.up_to.trim()
  return {
    cooperative_id: values.cooperative_id,
    currency_code: values.currency_code,
    ...(day ? { up_to: isDateInput(day) ? endOfDayIso(day) : day } : {}),
  }
}

export const createPayoutRules: ContractFormRules<CreatePayoutValues> = {
  schema: AdminCreatePayout,
  toBody: toCreatePayoutBody,
  typed: (values) => {
    const day = values.up_to.trim()
    return day && (!isDateInput(day) || day > todayInput()) ? { up_to: "A past or today's date, or leave it empty for everything unpaid" } : {}
  },
}

/** Every field the values leave wrong, with its message (empty when the draft may be created). */
export const validateCreatePayout = (values: CreatePayoutValues) => checkForm(createPayoutRules, values)
