import { CoordinatorApiError } from "../api/client"

export type InviteProblem = "inviteExpired" | "inviteHasLogin" | "tooShort" | "inviteInvalid" | null

/** The backend's refusals of an invitation, told apart by the words it uses (see the accept-invite workflow). */
export function classifyInviteError(error: unknown): InviteProblem {
  if (!(error instanceof CoordinatorApiError) || error.status !== 400) return null
  const message = error.message.toLowerCase()
  if (message.includes("expired")) return "inviteExpired"
  if (message.includes("already has a login")) return "inviteHasLogin"
  if (message.includes("password")) return "tooShort"
  return "inviteInvalid"
}
