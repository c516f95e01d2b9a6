import fc from "fast-check"
import { currencyDigits, fromMinorUnits, toMinorUnits } from "@cis/contract/currency"

const RUNS = 1000

describe("currencyDigits", () => {
  it.each([
    ["USD", 2],
    ["EUR", 2],
    ["CAD", 2],
    ["GBP", 2],
    ["JPY", 0],
    ["KRW", 0],
    ["CLP", 0],
    ["ISK", 0],
    ["BHD", 3],
    ["KWD", 3],
    ["TND", 3],
    // ICU says 0 for these; ISO 4217 (what money is counted in) says otherwise.
    ["IQD", 3],
    ["HUF", 2],
    ["COP", 2],
    ["IDR", 2],
  ])("%s has %d minor-unit digits", (code, digits) => {
    expect(currencyDigits(code)).toBe(digits)
  })

  it("ignores case, as Medusa stores codes in lower case", () => {
    expect(currencyDigits("usd")).toBe(2)
    expect(currencyDigits("jpy")).toBe(0)
    expect(currencyDigits("Bhd")).toBe(3)
  })

  it.each(["", "US", "USDX", "U1D", "ABC", "ZZZ", " usd", "XDR"])("refuses %p with a RangeError naming it", (code) => {
    expect(() => currencyDigits(code)).toThrow(RangeError)
    expect(() => currencyDigits(code)).toThrow(`"${code}"`)
  })
})

describe("toMinorUnits", () => {
  it.each<[number | string, string, bigint]>([
    // 0.1 + 0.2 is 0.30000000000000004: the noise lies far below a cent.
    [0.1 + 0.2, "USD", 30n],
    [0.3, "USD", 30n],
    ["0.3", "USD", 30n],
    [24.5, "USD", 2450n],
    ["24.50", "USD", 2450n],
    ["1234567890123.45", "USD", 123456789012345n],
    ["90071992547409.93", "USD", 9007199254740993n],
    [19.99, "USD", 1999n],
    [0, "USD", 0n],
    [-0, "USD", 0n],
    ["-0.00", "USD", 0n],
    [100, "EUR", 10000n],
    ["7", "GBP", 700n],
    [".5", "CAD", 50n],
    ["5.", "CAD", 500n],
    ["+5", "CAD", 500n],
    // 1.005 is stored as 1.00499999999999989... but String(1.005) is "1.005": half-up on the decimal gives 101.
    [1.005, "USD", 101n],
    ["1.005", "USD", 101n],
    ["1.0049999", "USD", 100n],
    ["0.005", "USD", 1n],
    ["0.0049", "USD", 0n],
    // Halves round away from zero, so a negative amount is the exact negation of its positive.
    ["-0.005", "USD", -1n],
    ["-0.004", "USD", 0n],
    ["-24.505", "USD", -2451n],
    [1500, "JPY", 1500n],
    ["1500.5", "JPY", 1501n],
    ["1.2345", "BHD", 1235n],
    ["1.2344", "BHD", 1234n],
    ["1.234", "BHD", 1234n],
    // Exponent forms, as String(number) and BigNumber write extreme values.
    [1e-7, "USD", 0n],
    ["1e-7", "USD", 0n],
    ["5e-3", "USD", 1n],
    ["1.5e2", "USD", 15000n],
    [1e21, "USD", 10n ** 23n],
    ["2.5E-1", "USD", 25n],
    ["1e-400", "USD", 0n],
  ])("reads %p %s as %p minor units", (amount, currency, expected) => {
    expect(toMinorUnits(amount, currency)).toBe(expected)
  })

  it("does not multiply floats (19.99 * 100 would be 1998.9999999999998)", () => {
    expect(19.99 * 100).not.toBe(1999)
    expect(toMinorUnits(19.99, "usd")).toBe(1999n)
  })

  it.each<number | string>(["", ".", "-", "abc", "1.2.3", " 1", "1 ", "1,50", "0x10", "1e", "Infinity", NaN, Infinity, -Infinity, "1e99999"])(
    "refuses %p",
    (amount) => {
      expect(() => toMinorUnits(amount, "USD")).toThrow(RangeError)
    }
  )

  it("refuses an unknown currency", () => {
    expect(() => toMinorUnits("1", "ABC")).toThrow(RangeError)
  })
})

describe("fromMinorUnits", () => {
  it.each<[bigint | number, string, string]>([
    [2450n, "usd", "24.50"],
    [-5, "EUR", "-0.05"],
    [1500n, "JPY", "1500"],
    [1235n, "BHD", "1.235"],
    [9007199254740993n, "USD", "90071992547409.93"],
  ])("writes %p %s as %p", (minor, currency, expected) => {
    expect(fromMinorUnits(minor, currency)).toBe(expected)
  })
})

describe("toMinorUnits properties", () => {
  const currencies = fc.constantFrom("JPY", "USD", "BHD", "jpy", "usd", "bhd")
  const minor = fc.oneof(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.bigInt({ min: -2000n, max: 2000n }))

  it("round-trips every amount through fromMinorUnits for 0, 2 and 3 digits", () => {
    fc.assert(
      fc.property(minor, currencies, (value, currency) => toMinorUnits(fromMinorUnits(value, currency), currency) === value),
      { numRuns: RUNS }
    )
  })

  it("reads a float of whole cents as exactly those cents (|cents| < 10^15)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }), (cents) => toMinorUnits(cents / 100, "USD") === BigInt(cents)),
      { numRuns: RUNS }
    )
  })

  it("rounds a finer decimal to the nearest minor unit, halves away from zero", () => {
    // A decimal with `scale` places is n / 10^scale; in USD cents that is n * 100 / 10^scale.
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 9 }), (n, scale) => {
        const text = scale === 0 ? n.toString() : insertPoint(n, scale)
        const result = toMinorUnits(text, "USD")
        const denominator = 10n ** BigInt(scale)
        const gap = result * denominator - n * 100n // (result - exact) * 10^scale
        const absGap = gap < 0n ? -gap : gap
        const nearest = absGap * 2n <= denominator
        const halfAwayFromZero = absGap * 2n !== denominator || (n < 0n ? gap < 0n : gap > 0n)
        return nearest && halfAwayFromZero && toMinorUnits(negate(text), "USD") === -result
      }),
      { numRuns: RUNS }
    )
  })
})

function insertPoint(n: bigint, scale: number): string {
  const sign = n < 0n ? "-" : ""
  const digits = (n < 0n ? -n : n).toString().padStart(scale + 1, "0")
  return `${sign}${digits.slice(0, -scale)}.${digits.slice(-scale)}`
}

function negate(text: string): string {
  return text.startsWith("-") ? text.slice(1) : `-${text}`
}
