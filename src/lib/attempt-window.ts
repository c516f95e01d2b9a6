/**
 * A fixed window of attempts per key (an address, an email): up to `limit`
 * tries, then refused until the window that began with the first try ends.
 * Pure, so the rule is tested with a clock; callers keep the state in
 * Medusa's cache module (shared between instances when Redis is on).
 */
export interface AttemptState {
  count: number
  /** When the window began, ms since the epoch. */
  started_at: number
}

export interface AttemptDecision {
  allowed: boolean
  state: AttemptState
  /** Whole seconds until a refused caller may try again (0 when allowed). */
  retry_after: number
}

export function nextAttempt(previous: AttemptState | null, now: number, limit: number, windowMs: number): AttemptDecision {
  const fresh = !previous || now - previous.started_at >= windowMs || now < previous.started_at
  const state = fresh ? { count: 1, started_at: now } : { count: previous.count + 1, started_at: previous.started_at }
  if (state.count <= limit) return { allowed: true, state, retry_after: 0 }
  return { allowed: false, state, retry_after: Math.max(1, Math.ceil((state.started_at + windowMs - now) / 1000)) }
}

/**
 * Failed logins for one email: none slowed for the first two, then half a
 * second more per failure (at most three), and refused for the rest of the
 * window once `limit` have failed. Returns how long to wait, or the seconds
 * until trying is allowed again.
 */
export function loginGate(failures: AttemptState | null, now: number, limit: number, windowMs: number): { delay_ms: number; retry_after: number } {
  if (!failures || now - failures.started_at >= windowMs || now < failures.started_at) return { delay_ms: 0, retry_after: 0 }
  if (failures.count >= limit) return { delay_ms: 0, retry_after: Math.max(1, Math.ceil((failures.started_at + windowMs - now) / 1000)) }
  return { delay_ms: Math.min(3000, Math.max(0, failures.count - 2) * 500), retry_after: 0 }
}
