/**
 * The coordinator's login token, kept apart from the buyer's js-sdk storage:
 * a phone shared in a cooperative office may also be used to shop, and the
 * two logins must never leak into each other. It lives in sessionStorage,
 * not localStorage: it survives a reload but ends with the tab, so a phone
 * left in the office does not stay signed in for days, and it is not there
 * for a script running in another tab or after the browser restarts.
 */
export const COORDINATOR_TOKEN_KEY = "cis-crafts.coordinator-token"
// Per tab, and kept over a reload, so the sign-in page can still say why it is shown.
const SESSION_END_KEY = "cis-crafts.coordinator-session-end"

/** Why the last session ended; the login page words its notice by it. */
export type SessionEnd = "logout" | "expired"

const listeners = new Set<() => void>()
// Where storage is refused (private windows, strict settings) the login lasts as long as the page.
let unstoredToken: string | null = null

export function readToken(): string | null {
  try {
    return window.sessionStorage.getItem(COORDINATOR_TOKEN_KEY) || null
  } catch {
    return unstoredToken
  }
}

export function saveToken(token: string): void {
  try {
    window.sessionStorage.setItem(COORDINATOR_TOKEN_KEY, token)
  } catch {
    unstoredToken = token
  }
  tryStorage(() => window.sessionStorage.removeItem(SESSION_END_KEY))
  forgetLegacyToken()
  notify()
}

export function forgetToken(reason: SessionEnd): void {
  unstoredToken = null
  tryStorage(() => window.sessionStorage.removeItem(COORDINATOR_TOKEN_KEY))
  tryStorage(() => window.sessionStorage.setItem(SESSION_END_KEY, reason))
  forgetLegacyToken()
  notify()
}

export function lastSessionEnd(): SessionEnd | null {
  const stored = tryStorage(() => window.sessionStorage.getItem(SESSION_END_KEY))
  return stored === "logout" || stored === "expired" ? stored : null
}

export function subscribeToSession(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** Earlier versions kept the token in localStorage: it goes at the next sign-in or sign-out. */
function forgetLegacyToken() {
  tryStorage(() => window.localStorage.removeItem(COORDINATOR_TOKEN_KEY))
}

function tryStorage<T>(access: () => T): T | undefined {
  try {
    return access()
  } catch {
    return undefined
  }
}

function notify() {
  for (const listener of listeners) listener()
}
