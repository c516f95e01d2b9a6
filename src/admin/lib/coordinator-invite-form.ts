/**
 * The "invite coordinator" form: values as typed, the same limits the API
 * checks (so most mistakes are caught before a round trip), and the body.
 */
import type { InviteCoordinatorBody } from "./coordinators-api"

export type InviteValues = { name: string; email: string }
export type InviteField = keyof InviteValues
export type InviteErrors = Partial<Record<InviteField, string>>

/** The API names these fields in its 400 messages ("email must be an email address"). */
export const INVITE_FIELDS = ["name", "email"] as const satisfies readonly InviteField[]

export const EMPTY_INVITE: InviteValues = { name: "", email: "" }

const MIN_NAME = 2
const MAX_NAME = 200
const MAX_EMAIL = 320
/** Deliberately loose: the server has the final word, this only catches typos such as a missing "@". */
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function validateInvite(values: InviteValues): InviteErrors {
  const errors: InviteErrors = {}
  const name = values.name.trim()
  if (name.length < MIN_NAME) errors.name = `At least ${MIN_NAME} characters: the name the coordinator goes by`
  else if (name.length > MAX_NAME) errors.name = `At most ${MAX_NAME} characters`

  const email = values.email.trim()
  if (!email) errors.email = "Required: the invite is sent there, and it becomes their login"
  else if (email.length > MAX_EMAIL) errors.email = `At most ${MAX_EMAIL} characters`
  else if (!EMAIL_SHAPE.test(email)) errors.email = "An email address such as ana@example.org"
  return errors
}

/** Emails are compared in lower case by the API, so the same person cannot be invited twice by capitals. */
export function toInviteBody(values: InviteValues): InviteCoordinatorBody {
  return { name: values.name.trim(), email: values.email.trim().toLowerCase() }
}
