/**
 * The "invite coordinator" form: values as typed, checked by the contract's
 * schema for the route (so most mistakes are caught before a round trip, by
 * the same rules), and the body.
 */
import { AdminInviteCoordinator } from "@cis/contract/coordinator-invite"
import { checkForm, type ContractFormRules, type ErrorsOf } from "./contract-form"
import type { InviteCoordinatorBody } from "./coordinators-api"

export type InviteValues = { name: string; email: string }

export const EMPTY_INVITE: InviteValues = { name: "", email: "" }

/** Emails are compared in lower case by the API, so the same person cannot be invited twice by capitals. */
export function toInviteBody(values: InviteValues): InviteCoordinatorBody {
  return { name: values.name.trim(), email: values.email.trim().toLowerCase() }
}

export const inviteRules: ContractFormRules<InviteValues> = {
  schema: AdminInviteCoordinator,
  toBody: toInviteBody,
  typed: (values): ErrorsOf<InviteValues> => (values.email.trim() ? {} : { email: "Required: the invite is sent there, and it becomes their login" }),
  messages: {
    name: (issue) => (issue.code === "too_small" ? `At least ${issue.minimum} characters: the name the coordinator goes by` : undefined),
    email: (issue) => (issue.code === "invalid_format" ? "An email address such as ana@example.org" : undefined),
  },
}

/** Every field the values leave wrong, with its message (empty when the invite may be sent). */
export const validateInvite = (values: InviteValues): ErrorsOf<InviteValues> => checkForm(inviteRules, values)
