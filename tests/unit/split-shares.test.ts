import { BPS_WHOLE, cisOperationsBps, isBps, sharesProblem } from "@cis/contract/split-shares"

describe("shares in basis points", () => {
  it("accepts whole numbers from 0 to 10000 only", () => {
    expect([0, 1, 6500, BPS_WHOLE].every(isBps)).toBe(true)
    expect([-1, 10_001, 65.5, Number.NaN, Number.POSITIVE_INFINITY].some(isBps)).toBe(false)
  })

  it("leaves CIS operations the remainder", () => {
    expect(cisOperationsBps(6500, 500)).toBe(3000)
    expect(cisOperationsBps(9500, 500)).toBe(0)
  })

  it("refuses shares that leave CIS less than nothing, and says whose", () => {
    expect(sharesProblem(9500, 500)).toBeUndefined()
    expect(sharesProblem(9501, 500)).toMatch(/9501 bps.*500 bps.*exceed 10000/)
    expect(sharesProblem(10_001, 0)).toMatch(/cooperative's share/)
    expect(sharesProblem(0, -5)).toMatch(/community fund's share/)
  })

  it("holds for every pair on a grid: a problem exactly when the two exceed the whole", () => {
    for (let cooperative = 0; cooperative <= BPS_WHOLE; cooperative += 250) {
      for (let fund = 0; fund <= BPS_WHOLE; fund += 250) {
        expect(sharesProblem(cooperative, fund) === undefined).toBe(cooperative + fund <= BPS_WHOLE)
      }
    }
  })
})
