import { useSyncExternalStore } from "react"
import { readToken, subscribeToSession } from "../utils/session"

/** The stored login token, re-rendering when it is saved or forgotten (here or in another tab). */
export function useCoordinatorToken(): string | null {
  return useSyncExternalStore(subscribeToSession, readToken)
}
