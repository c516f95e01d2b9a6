import { medianInterval, pairedRatios, verdict } from "../../scripts/lib/bench-stats"

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1)

describe("the bench's ratio: per-round pairs, their median and its 95 % interval", () => {
  it("pairs each round's project time with the same round's vanilla time", () => {
    expect(pairedRatios([10, 30, 22], [10, 20, 11, 99])).toEqual([1, 1.5, 2])
  })

  it("bounds the median of 40 rounds by the 14th and 27th smallest (the binomial table's ranks at 95 %)", () => {
    const shuffled = range(40).sort((a, b) => ((a * 7919) % 41) - ((b * 7919) % 41))
    expect(medianInterval(shuffled)).toEqual({ median: 20, low: 14, high: 27 })
  })

  it("uses the extremes at 6 to 8 samples and gives no interval below 6", () => {
    expect(medianInterval(range(6))).toMatchObject({ low: 1, high: 6 })
    expect(medianInterval(range(8))).toMatchObject({ low: 1, high: 8 })
    expect(medianInterval(range(9))).toMatchObject({ low: 2, high: 8 })
    const five = medianInterval(range(5))
    expect(five.median).toBe(3)
    expect(Number.isNaN(five.low) && Number.isNaN(five.high)).toBe(true)
  })

  it("covers the true median in about 95 % of samples drawn from a skewed distribution", () => {
    // Exponential timings (median ln 2), a fixed pseudo-random sequence so the test never flakes.
    let seed = 12345
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) + 0.5) / 2 ** 31
    let covered = 0
    const trials = 2000
    for (let trial = 0; trial < trials; trial++) {
      const { low, high } = medianInterval(Array.from({ length: 40 }, () => -Math.log(random())))
      if (low <= Math.LN2 && Math.LN2 <= high) covered += 1
    }
    expect(covered / trials).toBeGreaterThan(0.93)
    expect(covered / trials).toBeLessThan(0.99)
  })

  it("calls the budget kept or broken only when the whole interval says so", () => {
    expect(verdict({ low: 0.95, high: 1.08 }, 1.1)).toBe("within")
    expect(verdict({ low: 1.12, high: 1.3 }, 1.1)).toBe("over")
    expect(verdict({ low: 1.02, high: 1.15 }, 1.1)).toBe("unclear")
  })
})
