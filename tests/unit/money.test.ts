import { minorToMajor } from "@cis/contract/money"

describe("minorToMajor", () => {
  it.each([
    [2450, 2, "24.50"],
    [5, 2, "0.05"],
    [0, 2, "0.00"],
    [-199, 2, "-1.99"],
    [1000, 0, "1000"],
    [1234, 3, "1.234"],
    [7, 3, "0.007"],
  ])("writes %d minor units with %d digits as %s", (minor, digits, expected) => {
    expect(minorToMajor(minor, digits)).toBe(expected)
  })

  it("is exact beyond float precision", () => {
    expect(minorToMajor(9007199254740993n, 2)).toBe("90071992547409.93")
  })

  it("refuses fractions of a minor unit and bad digit counts", () => {
    expect(() => minorToMajor(1.5)).toThrow(RangeError)
    expect(() => minorToMajor(100, -1)).toThrow(RangeError)
  })

  it("round-trips every cent of a range through Number parsing", () => {
    for (let minor = 0; minor < 100_000; minor += 7) {
      expect(Math.round(Number(minorToMajor(minor)) * 100)).toBe(minor)
    }
  })
})
