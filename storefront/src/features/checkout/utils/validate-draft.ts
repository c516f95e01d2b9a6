import { checkAddress } from "@/lib/address-rules"
import type { CheckoutDraft, DraftField } from "./checkout-draft"

export type FieldProblem = "required" | "email" | "country" | "postal" | "province"
export type DraftProblems = Partial<Record<DraftField, FieldProblem>>

export const REQUIRED_FIELDS: readonly DraftField[] = ["email", "first_name", "last_name", "address_1", "city", "postal_code", "country_code"]

// Deliberately loose: one @, something on each side, a dot in the domain. The mail server has the last word.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The problems with a draft, field by field; an empty object means it can be sent. */
export function validateDraft(draft: CheckoutDraft, countryCodes: readonly string[]): DraftProblems {
  const problems: DraftProblems = {}
  for (const field of REQUIRED_FIELDS) {
    if (!draft[field].trim()) problems[field] = "required"
  }
  if (!problems.email && !EMAIL.test(draft.email.trim())) problems.email = "email"
  if (!problems.country_code && !countryCodes.includes(draft.country_code)) problems.country_code = "country"
  if (!problems.country_code) {
    const { postal_code, province } = checkAddress(draft.country_code, draft.postal_code, draft.province)
    if (postal_code && !problems.postal_code) problems.postal_code = postal_code
    if (province) problems.province = province
  }
  return problems
}
