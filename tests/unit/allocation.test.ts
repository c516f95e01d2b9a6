import fc from "fast-check"
import { allocateByWeights, splitAmount, type SplitParts, type SplitShares } from "@cis/contract/allocation"
import { BPS_WHOLE } from "@cis/contract/split-shares"

const RUNS = 1000
const LIMIT = 10n ** 15n
const WHOLE = BigInt(BPS_WHOLE)

const shares = (cooperative_bps: number, community_fund_bps: number): SplitShares => ({
  cooperative_bps,
  community_fund_bps,
})
const parts = (cooperative: bigint, community_fund: bigint, cis_operations: bigint): SplitParts => ({
  cooperative,
  community_fund,
  cis_operations,
})

/** |part - total * weight / sum| < 1, written without division: |part * sum - total * weight| < sum. */
function withinOneUnit(part: bigint, total: bigint, weight: bigint, sum: bigint): boolean {
  const gap = part * sum - total * weight
  return (gap < 0n ? -gap : gap) < sum
}

// Every split the store allows: cooperative + fund <= 10000, with the edges drawn often.
const sharesArb = fc
  .oneof(fc.constantFrom(0, 1, 5000, 9999, BPS_WHOLE), fc.integer({ min: 0, max: BPS_WHOLE }))
  .chain((cooperative) =>
    fc
      .oneof(
        fc.constantFrom(0, BPS_WHOLE - cooperative),
        fc.integer({ min: 0, max: BPS_WHOLE - cooperative })
      )
      .map((fund) => shares(cooperative, fund))
  )
const totalArb = fc.oneof(
  fc.bigInt({ min: -LIMIT, max: LIMIT }),
  fc.bigInt({ min: -20_000n, max: 20_000n })
)

describe("splitAmount examples", () => {
  it.each([
    // 1001 * 65 % = 650.65, * 5 % = 50.05, * 30 % = 300.30: floors sum to 1000; .65 is the largest remainder.
    ["1001 at 65 % / 5 %", 1001n, shares(6500, 500), parts(651n, 50n, 300n)],
    // 2450 * 70 % = 1715, * 5 % = 122.5, * 25 % = 612.5: fund and CIS tie at .5, the fund comes first.
    ["24.50 at 70 % / 5 %", 2450n, shares(7000, 500), parts(1715n, 123n, 612n)],
    // 1 * 60 % = .6, * 5 % = .05, * 35 % = .35: the single cent goes to the largest remainder.
    ["one cent", 1n, shares(6000, 500), parts(1n, 0n, 0n)],
    // .05 / .05 / .90: CIS holds the largest remainder.
    ["one cent, CIS largest", 1n, shares(500, 500), parts(0n, 0n, 1n)],
    ["zero", 0n, shares(6500, 500), parts(0n, 0n, 0n)],
    ["shares 0 / 0 leave everything to CIS", 12_345n, shares(0, 0), parts(0n, 0n, 12_345n)],
    ["10000 / 0 gives everything to the cooperative", 12_345n, shares(10_000, 0), parts(12_345n, 0n, 0n)],
    ["0 / 10000 gives everything to the fund", 12_345n, shares(0, 10_000), parts(0n, 12_345n, 0n)],
    // 1 * 50 % = .5 twice: cooperative and CIS tie, the lower index (cooperative) wins.
    ["a tie goes to the lower index", 1n, shares(5000, 0), parts(1n, 0n, 0n)],
    // 3 * 50 % = 1.5 twice: cooperative 2, fund 1.
    ["a tie between cooperative and fund", 3n, shares(5000, 5000), parts(2n, 1n, 0n)],
    // 2 * 33.33 % = .6666 twice and 2 * 33.34 % = .6668: CIS first, then the cooperative by index.
    ["thirds", 2n, shares(3333, 3333), parts(1n, 0n, 1n)],
    ["beyond float precision", 9_007_199_254_740_993n, shares(6500, 500), parts(5_854_679_515_581_645n, 450_359_962_737_050n, 2_702_159_776_422_298n)],
  ])("%s", (_label, total, split, expected) => {
    expect(splitAmount(total, split)).toEqual(expected)
    const sum = expected.cooperative + expected.community_fund + expected.cis_operations
    expect(sum).toBe(total)
  })

  it("splits a reversal as the exact negation of the sale", () => {
    expect(splitAmount(-1001n, shares(6500, 500))).toEqual(parts(-651n, -50n, -300n))
    expect(splitAmount(-2450n, shares(7000, 500))).toEqual(parts(-1715n, -123n, -612n))
    expect(splitAmount(-1n, shares(5000, 0))).toEqual(parts(-1n, 0n, 0n))
  })

  it.each([
    ["a negative cooperative share", shares(-1, 500)],
    ["a fractional fund share", shares(6500, 0.5)],
    ["shares above the whole", shares(9600, 500)],
    ["a cooperative share above 10000", shares(10_001, 0)],
    ["NaN", shares(Number.NaN, 0)],
  ])("refuses %s with sharesProblem's message", (_label, split) => {
    expect(() => splitAmount(100n, split)).toThrow(RangeError)
  })

  it("names the problem in the error", () => {
    expect(() => splitAmount(100n, shares(9600, 500))).toThrow(/exceed 10000 bps together/)
  })
})

describe("allocateByWeights examples", () => {
  it("allocates by largest remainder with ties to the lower index", () => {
    expect(allocateByWeights(10n, [1n, 1n, 1n])).toEqual([4n, 3n, 3n])
    expect(allocateByWeights(-10n, [1n, 1n, 1n])).toEqual([-4n, -3n, -3n])
    expect(allocateByWeights(5n, [0n, 2n, 0n, 2n])).toEqual([0n, 3n, 0n, 2n])
    expect(allocateByWeights(7n, [3n])).toEqual([7n])
    expect(allocateByWeights(0n, [1n, 2n])).toEqual([0n, 0n])
    // 100 * 1/7 = 14.28, * 2/7 = 28.57, * 4/7 = 57.14: the .57 takes the leftover unit.
    expect(allocateByWeights(100n, [1n, 2n, 4n])).toEqual([14n, 29n, 57n])
  })

  it("refuses negative weights, a zero sum and no weights", () => {
    expect(() => allocateByWeights(10n, [1n, -1n, 1n])).toThrow(RangeError)
    expect(() => allocateByWeights(10n, [0n, 0n])).toThrow(RangeError)
    expect(() => allocateByWeights(10n, [])).toThrow(RangeError)
  })

  it("refuses non-bigint input from untyped callers", () => {
    expect(() => allocateByWeights(10 as unknown as bigint, [1n])).toThrow(TypeError)
    expect(() => allocateByWeights(10n, [1 as unknown as bigint])).toThrow(RangeError)
  })

  it("does not touch the caller's weights", () => {
    const weights = [3n, 1n, 2n] as const
    allocateByWeights(11n, weights)
    expect(weights).toEqual([3n, 1n, 2n])
  })
})

describe("splitAmount properties", () => {
  it("parts add up exactly to the total", () => {
    fc.assert(
      fc.property(totalArb, sharesArb, (total, split) => {
        const { cooperative, community_fund, cis_operations } = splitAmount(total, split)
        return cooperative + community_fund + cis_operations === total
      }),
      { numRuns: RUNS }
    )
  })

  it("each part lies within one minor unit of its exact share", () => {
    fc.assert(
      fc.property(totalArb, sharesArb, (total, split) => {
        const result = splitAmount(total, split)
        const cooperative = BigInt(split.cooperative_bps)
        const fund = BigInt(split.community_fund_bps)
        return (
          withinOneUnit(result.cooperative, total, cooperative, WHOLE) &&
          withinOneUnit(result.community_fund, total, fund, WHOLE) &&
          withinOneUnit(result.cis_operations, total, WHOLE - cooperative - fund, WHOLE)
        )
      }),
      { numRuns: RUNS }
    )
  })

  it("gives the same parts for the same input", () => {
    fc.assert(
      fc.property(totalArb, sharesArb, (total, split) => {
        expect(splitAmount(total, { ...split })).toEqual(splitAmount(total, split))
      }),
      { numRuns: RUNS }
    )
  })

  it("splits -x as the part-wise negation of x", () => {
    fc.assert(
      fc.property(totalArb, sharesArb, (total, split) => {
        const forward = splitAmount(total, split)
        const reversed = splitAmount(-total, split)
        return (
          reversed.cooperative === -forward.cooperative &&
          reversed.community_fund === -forward.community_fund &&
          reversed.cis_operations === -forward.cis_operations
        )
      }),
      { numRuns: RUNS }
    )
  })

  it("gives a zero share nothing and keeps every part on the total's side of zero", () => {
    fc.assert(
      fc.property(totalArb, sharesArb, (total, split) => {
        const result = splitAmount(total, split)
        const cis = BPS_WHOLE - split.cooperative_bps - split.community_fund_bps
        const sameSide = (part: bigint) => (total < 0n ? part <= 0n : part >= 0n)
        return (
          (split.cooperative_bps !== 0 || result.cooperative === 0n) &&
          (split.community_fund_bps !== 0 || result.community_fund === 0n) &&
          (cis !== 0 || result.cis_operations === 0n) &&
          sameSide(result.cooperative) &&
          sameSide(result.community_fund) &&
          sameSide(result.cis_operations)
        )
      }),
      { numRuns: RUNS }
    )
  })
})

describe("allocateByWeights properties", () => {
  // Weights up to 10^9, zeros drawn often, at least one positive.
  const weightsArb = fc
    .array(fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 10n ** 9n })), { minLength: 1, maxLength: 12 })
    .filter((weights) => weights.some((weight) => weight > 0n))

  it("sums to the total", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        return allocateByWeights(total, weights).reduce((sum, part) => sum + part, 0n) === total
      }),
      { numRuns: RUNS }
    )
  })

  it("gives a zero weight zero", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const result = allocateByWeights(total, weights)
        return weights.every((weight, index) => weight !== 0n || result[index] === 0n)
      }),
      { numRuns: RUNS }
    )
  })

  it("keeps each part within one unit of its exact share", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const sum = weights.reduce((acc, weight) => acc + weight, 0n)
        const result = allocateByWeights(total, weights)
        return result.length === weights.length && result.every((part, index) => withinOneUnit(part, total, weights[index], sum))
      }),
      { numRuns: RUNS }
    )
  })

  it("is deterministic and negation-symmetric", () => {
    fc.assert(
      fc.property(totalArb, weightsArb, (total, weights) => {
        const once = allocateByWeights(total, weights)
        expect(allocateByWeights(total, [...weights])).toEqual(once)
        expect(allocateByWeights(-total, weights)).toEqual(once.map((part) => -part))
      }),
      { numRuns: RUNS }
    )
  })

  it("agrees with splitAmount on the bps weights", () => {
    fc.assert(
      fc.property(totalArb, sharesArb, (total, split) => {
        const cis = BPS_WHOLE - split.cooperative_bps - split.community_fund_bps
        const [cooperative, community_fund, cis_operations] = allocateByWeights(total, [
          BigInt(split.cooperative_bps),
          BigInt(split.community_fund_bps),
          BigInt(cis),
        ])
        expect(splitAmount(total, split)).toEqual({ cooperative, community_fund, cis_operations })
      }),
      { numRuns: RUNS }
    )
  })
})
