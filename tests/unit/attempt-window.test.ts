import { loginDelayMs, THROTTLES } from "../../src/lib/attempt-window"

describe("login delay", () => {
  it("lets the first three attempts through at once, then waits half a second more each, at most three seconds", () => {
    expect([1, 2, 3, 4, 5, 6, 9, 10, 40].map(loginDelayMs)).toEqual([0, 0, 0, 500, 1000, 1500, 3000, 3000, 3000])
  })

  it("never waits a negative time for a count of zero", () => {
    expect(loginDelayMs(0)).toBe(0)
  })
})

describe("throttles", () => {
  it("have distinct names, so no two share a counter", () => {
    const names = Object.values(THROTTLES).map((throttle) => throttle.name)
    expect(new Set(names).size).toBe(names.length)
  })
})
