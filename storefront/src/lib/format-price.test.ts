import { describe, expect, it } from "vitest"
import { formatPrice } from "./format-price"

// Intl separates amount and symbol with a no-break space in many locales.
const plain = (text: string) => text.replace(/\s/g, " ")

describe("formatPrice", () => {
  it("formats major-unit US dollars with cents", () => {
    expect(formatPrice(24.5, "usd", "en-US")).toBe("$24.50")
    expect(formatPrice(1234, "USD", "en-US")).toBe("$1,234.00")
  })

  it("formats euros the German way", () => {
    expect(plain(formatPrice(1234.5, "eur", "de-DE"))).toBe("1.234,50 €")
  })

  it("formats pounds sterling", () => {
    expect(formatPrice(18, "gbp", "en-GB")).toBe("£18.00")
  })

  it("uses no decimals for zero-decimal currencies such as the yen", () => {
    expect(formatPrice(1500, "jpy", "en-US")).toBe("¥1,500")
  })

  it("accepts numeric strings, as Medusa sends for big-number fields", () => {
    expect(formatPrice("24.5", "usd", "en-US")).toBe("$24.50")
    expect(formatPrice("0", "usd", "en-US")).toBe("$0.00")
  })

  it("refuses what is not an amount instead of printing NaN or $0.00", () => {
    expect(() => formatPrice("", "usd", "en-US")).toThrow(RangeError)
    expect(() => formatPrice("abc", "usd", "en-US")).toThrow(RangeError)
    expect(() => formatPrice(Number.NaN, "usd", "en-US")).toThrow(RangeError)
  })
})
