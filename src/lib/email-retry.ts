/**
 * When a failed email is tried again. Each attempt is a notification row in
 * Medusa's notification module (a retry points at the first through
 * original_notification_id), so the rows themselves are the outbox: how many
 * attempts, when the last one was, whether one got through. Pure.
 */

export const EMAIL_RETRY = {
  firstDelayMinutes: 5,
  maxDelayMinutes: 6 * 60,
  /** About a day and a half of trying before the email is left for staff to see. */
  maxAttempts: 12,
  /** A row still "pending" after this long was interrupted (a crash mid-send): count it as failed. */
  stalePendingMinutes: 10,
} as const

const MINUTE_MS = 60_000

/** Minutes to wait after the n-th failed attempt: 5, 10, 20, ... doubling, capped at 6 hours. */
export function retryDelayMinutes(attempts: number): number {
  return Math.min(EMAIL_RETRY.firstDelayMinutes * 2 ** Math.max(0, attempts - 1), EMAIL_RETRY.maxDelayMinutes)
}

export interface Attempt {
  status: "pending" | "success" | "failure"
  created_at: Date
  updated_at: Date
}

export type RetryDecision = "done" | "in_flight" | "wait" | "retry" | "give_up" | "expired"

/** What to do with an email whose attempts so far are these, at `now`; `retryUntil` ends retries of messages that go stale (a reset link). */
export function retryDecision(attempts: readonly Attempt[], now: Date, retryUntil?: Date | null): RetryDecision {
  if (attempts.some((a) => a.status === "success")) return "done"
  const last = attempts.reduce((latest, a) => (a.created_at > latest.created_at ? a : latest))
  const stale = now.getTime() - last.updated_at.getTime() >= EMAIL_RETRY.stalePendingMinutes * MINUTE_MS
  if (last.status === "pending" && !stale) return "in_flight"
  if (retryUntil && now > retryUntil) return "expired"
  if (attempts.length >= EMAIL_RETRY.maxAttempts) return "give_up"
  const due = last.updated_at.getTime() + retryDelayMinutes(attempts.length) * MINUTE_MS
  return now.getTime() >= due ? "retry" : "wait"
}
