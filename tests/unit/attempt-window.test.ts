import { nextAttempt, type AttemptState } from "../../src/lib/attempt-window"

const WINDOW = 15 * 60_000

function tries(times: number[], limit = 3) {
  let state: AttemptState | null = null
  return times.map((now) => {
    const decision = nextAttempt(state, now, limit, WINDOW)
    state = decision.state
    return decision
  })
}

describe("attempt window", () => {
  it("allows up to the limit, then refuses with the seconds left in the window", () => {
    const decisions = tries([0, 1_000, 2_000, 3_000, 60_000])
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false, false])
    expect(decisions[3]!.retry_after).toBe(Math.ceil((WINDOW - 3_000) / 1000))
    expect(decisions[4]!.retry_after).toBe(Math.ceil((WINDOW - 60_000) / 1000))
    expect(decisions[0]!.retry_after).toBe(0)
  })

  it("opens a new window once the old one has passed", () => {
    const decisions = tries([0, 1, 2, 3, WINDOW, WINDOW + 1])
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false, true, true])
    expect(decisions[4]!.state).toEqual({ count: 1, started_at: WINDOW })
  })

  it("never answers a retry time below one second, and survives a clock set back", () => {
    const [, , , refused] = tries([0, 0, 0, WINDOW - 1])
    expect(refused!.retry_after).toBe(1)
    const back = nextAttempt({ count: 99, started_at: 10_000 }, 5_000, 3, WINDOW)
    expect(back).toEqual({ allowed: true, state: { count: 1, started_at: 5_000 }, retry_after: 0 })
  })
})

describe("login gate", () => {
  it("lets the first failures through at once, then slows each try, then refuses until the window ends", () => {
    const { loginGate } = jest.requireActual("../../src/lib/attempt-window") as typeof import("../../src/lib/attempt-window")
    const at = (count: number) => loginGate({ count, started_at: 0 }, 60_000, 10, WINDOW)
    expect(loginGate(null, 0, 10, WINDOW)).toEqual({ delay_ms: 0, retry_after: 0 })
    expect([1, 2, 3, 4, 9].map((n) => at(n).delay_ms)).toEqual([0, 0, 500, 1000, 3000])
    expect(at(10)).toEqual({ delay_ms: 0, retry_after: Math.ceil((WINDOW - 60_000) / 1000) })
    expect(loginGate({ count: 10, started_at: 0 }, WINDOW, 10, WINDOW)).toEqual({ delay_ms: 0, retry_after: 0 })
  })
})
