import fc from "fast-check"
import { allocateExact, mulDivHalfUp, parseExact, roundExact, roundJointly, sumExact } from "../../src/lib/decimal"

describe("exact decimals", () => {
  it("reads plain, signed, exponent and number forms exactly", () => {
    expect(parseExact("12.50")).toEqual({ units: 1250n, scale: 2 })
    expect(parseExact("-0.005")).toEqual({ units: -5n, scale: 3 })
    expect(parseExact("1e-7")).toEqual({ units: 1n, scale: 7 })
    expect(parseExact("1.5e3")).toEqual({ units: 1500n, scale: 0 })
    expect(parseExact(0.1)).toEqual({ units: 1n, scale: 1 })
    expect(parseExact("33.33333333333333333333")).toEqual({ units: 3333333333333333333333n, scale: 20 })
  })

  it.each(["", "abc", "1.2.3", "1e99999", "NaN"])("refuses %p", (text) => {
    expect(() => parseExact(text)).toThrow(RangeError)
  })
  it("refuses infinite numbers", () => expect(() => parseExact(Infinity)).toThrow(RangeError))

  it("rounds halves away from zero, as toMinorUnits does", () => {
    expect(roundExact(parseExact("0.005"), 2)).toBe(1n)
    expect(roundExact(parseExact("-0.005"), 2)).toBe(-1n)
    expect(roundExact(parseExact("0.00499999"), 2)).toBe(0n)
    expect(roundExact(parseExact("12"), 2)).toBe(1200n)
    expect(roundExact(parseExact("1.5"), 0)).toBe(2n)
  })

  it("mulDivHalfUp rounds a × b / c half up and refuses negatives", () => {
    expect(mulDivHalfUp(1n, 1n, 2n)).toBe(1n)
    expect(mulDivHalfUp(1n, 1n, 3n)).toBe(0n)
    expect(mulDivHalfUp(7n, 3n, 4n)).toBe(5n)
    expect(() => mulDivHalfUp(-1n, 1n, 1n)).toThrow(RangeError)
    expect(() => mulDivHalfUp(1n, 1n, 0n)).toThrow(RangeError)
  })

  it("measured: three thirds of 100.00 with 19 % tax, rounded alone, miss the total; rounded jointly they add up", () => {
    const parts = ["33.33333333333333333333", "33.33333333333333333333", "33.33333333333333333333"].map(parseExact)
    const alone = parts.map((p) => roundExact(p, 2)).reduce((a, b) => a + b, 0n)
    expect(alone).toBe(9999n)
    expect(roundJointly(parts, 2).reduce((a, b) => a + b, 0n)).toBe(10_000n)
  })

  it("allocates a total over all-zero amounts only when the total is zero", () => {
    expect(allocateExact([parseExact("0"), parseExact("0")], 0n)).toEqual([0n, 0n])
    expect(() => allocateExact([parseExact("0")], 1n)).toThrow(RangeError)
    expect(() => allocateExact([parseExact("-1")], 0n)).toThrow(RangeError)
  })

  it("property: joint rounding adds up to the rounded exact sum, each part within a unit of its exact value", () => {
    const amount = fc.tuple(fc.nat(1_000_000), fc.nat(999_999_999)).map(([w, f]) => `${w}.${String(f).padStart(9, "0")}`)
    fc.assert(
      fc.property(fc.array(amount, { minLength: 1, maxLength: 12 }), fc.constantFrom(0, 2, 3), (texts, digits) => {
        const exact = texts.map(parseExact)
        const parts = roundJointly(exact, digits)
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(roundExact(sumExact(exact), digits))
        exact.forEach((value, i) => {
          // |part − value| < 1.5 units: the total's rounding (≤ ½) spread, plus the part's own (< 1).
          const scale = 10n ** BigInt(value.scale)
          const gap = parts[i] * scale - value.units * 10n ** BigInt(digits)
          expect((gap < 0n ? -gap : gap) * 2n < 3n * scale).toBe(true)
        })
      }),
      { numRuns: 500 }
    )
  })
})
