import { describe, expect, it } from "vitest"
import { formatMinorUnits } from "./format-minor-units"

// Intl separates amount and symbol with a no-break space in many locales.
const plain = (text: string) => text.replace(/\s/g, " ")

describe("formatMinorUnits", () => {
  it("reads cents as cents in dollars and euros", () => {
    expect(formatMinorUnits(1234567, "usd", "en-US")).toBe("$12,345.67")
    expect(plain(formatMinorUnits(123456, "eur", "de-DE"))).toBe("1.234,56 €")
    expect(formatMinorUnits(5, "usd", "en-US")).toBe("$0.05")
  })

  it("follows each currency's own minor unit instead of assuming 100", () => {
    expect(formatMinorUnits(1500, "jpy", "en-US")).toBe("¥1,500")
    expect(plain(formatMinorUnits(1500, "bhd", "en-US"))).toBe("BHD 1.500")
  })

  it("refuses a code that is not a currency rather than printing a wrong figure", () => {
    expect(() => formatMinorUnits(100, "xyz", "en-US")).toThrow(RangeError)
  })
})
