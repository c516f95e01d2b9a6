import { CoordinatorApiError } from "../api/client"

export type LoginProblem =
  | { kind: "wrong-credentials" }
  | { kind: "too-many"; minutes: number | null }
  | { kind: "other" }

/** Which explanation a failed login deserves. */
export function classifyLoginError(error: unknown): LoginProblem {
  if (error instanceof CoordinatorApiError) {
    if (error.status === 401) return { kind: "wrong-credentials" }
    if (error.status === 429) return { kind: "too-many", minutes: error.retryAfter ? Math.max(1, Math.ceil(error.retryAfter / 60)) : null }
  }
  return { kind: "other" }
}
