/**
 * The throttles' numbers and the one rule that is not a plain count: how
 * long a login waits. Counting itself is atomic in the throttle module
 * (src/modules/throttle); callers pass the count that module returned.
 */
const QUARTER_HOUR_MS = 15 * 60_000

export const THROTTLES = {
  /** Per email, whatever the actor type (one emailpass password per email): ten failures, then refused. A success clears it. */
  loginEmail: { name: "login-email", limit: 10, windowMs: QUARTER_HOUR_MS },
  /** Per client address, every login (a shared office is far below it; spraying many emails is not). */
  loginAddress: { name: "login-address", limit: 100, windowMs: QUARTER_HOUR_MS },
  /** Reset links per email, known or not: enough for a lost email, too few to flood an inbox. */
  resetEmail: { name: "reset-email", limit: 5, windowMs: QUARTER_HOUR_MS },
  resetAddress: { name: "reset-address", limit: 20, windowMs: QUARTER_HOUR_MS },
  /** Guest order lookups per client address: plenty for a buyer, too few to guess order numbers. */
  orderLookup: { name: "order-lookup", limit: 10, windowMs: QUARTER_HOUR_MS },
} as const

/**
 * A login that is the `count`-th attempt for its email in the window waits
 * before it is tried: nothing for the first three, then half a second more
 * per attempt, at most three seconds.
 */
export function loginDelayMs(count: number): number {
  return Math.min(3000, Math.max(0, count - 3) * 500)
}
