import { describe, expect, it } from "vitest"
import { lineAmountMinor, priceBreakdown, unitNetAmount } from "./money-split"

const shares = { cooperativeBps: 6500, communityFundBps: 500 }
// What Medusa's calculateAmountsWithTax answers for a €20.00 shelf price in Germany (19 % VAT).
const euro20 = {
  calculated_amount: 20,
  calculated_amount_without_tax: 16.80672268907563,
  is_calculated_price_tax_inclusive: true,
  currency_code: "eur",
}
const dollars = { calculated_amount: 18.99, calculated_amount_without_tax: 18.99, is_calculated_price_tax_inclusive: false, currency_code: "usd" }

describe("unitNetAmount", () => {
  it("is the price without tax Medusa worked out", () => {
    expect(unitNetAmount(euro20)).toBe(16.80672268907563)
  })

  it("is the shelf price itself when that excludes tax, even without a country", () => {
    expect(unitNetAmount({ calculated_amount: 24.5, is_calculated_price_tax_inclusive: false })).toBe(24.5)
  })

  it("is unknown for a tax-inclusive price whose tax Medusa did not work out", () => {
    expect(unitNetAmount({ calculated_amount: 20, is_calculated_price_tax_inclusive: true })).toBeUndefined()
    expect(unitNetAmount(null)).toBeUndefined()
  })
})

describe("lineAmountMinor", () => {
  it("rounds the line once, as Medusa's line subtotal and so the ledger do", () => {
    // Medusa: 10 × 5 ÷ 1.19 = 42.016806722689075630, recorded as 4202 cents; 5 × 8.40 would be 4200.
    expect(lineAmountMinor(8.403361344537815, 5, "eur")).toBe(4202n)
    // 20 × 3 ÷ 1.19 = 50.420168067226890756
    expect(lineAmountMinor(16.80672268907563, 3, "eur")).toBe(5042n)
  })

  it("multiplies exactly where floating point would not", () => {
    expect(lineAmountMinor(0.1, 3, "usd")).toBe(30n)
    expect(lineAmountMinor("19.99", 7, "usd")).toBe(13993n)
    expect(lineAmountMinor(1500, 2, "jpy")).toBe(3000n)
  })

  it("refuses what is not an amount", () => {
    expect(() => lineAmountMinor("abc", 1, "usd")).toThrow(RangeError)
    expect(() => lineAmountMinor(1, 1.5, "usd")).toThrow(RangeError)
  })
})

describe("priceBreakdown", () => {
  it("splits a tax-inclusive euro price on its net, to the cent the ledger records", () => {
    const breakdown = priceBreakdown(euro20, 1, shares)
    expect(breakdown?.taxIncluded).toBe(true)
    expect(breakdown?.shelf.unit).toBe(2000n)
    expect(breakdown?.unit.net).toBe(1681n)
    expect(breakdown?.unit.parts).toEqual({ cooperative: 1093n, community_fund: 84n, cis_operations: 504n })
    expect(breakdown?.bps).toEqual({ cooperative: 6500, community_fund: 500, cis_operations: 3000 })
  })

  it("splits several items on the line's total, not the unit's parts times the quantity", () => {
    const breakdown = priceBreakdown(euro20, 3, shares)
    expect(breakdown?.shelf.line).toBe(6000n)
    expect(breakdown?.line.net).toBe(5042n)
    expect(breakdown?.line.parts).toEqual({ cooperative: 3277n, community_fund: 252n, cis_operations: 1513n })
    // Three times the unit's parts would be 3279 + 252 + 1512 = 5043: one cent more than the line.
    expect(breakdown?.unit.parts.cooperative).toBe(1093n)
  })

  it("splits a US dollar price, which excludes tax, whole", () => {
    const breakdown = priceBreakdown(dollars, 2, shares)
    expect(breakdown?.taxIncluded).toBe(false)
    expect(breakdown?.unit.parts).toEqual({ cooperative: 1234n, community_fund: 95n, cis_operations: 570n })
    expect(breakdown?.line.net).toBe(3798n)
    expect(breakdown?.line.parts).toEqual({ cooperative: 2469n, community_fund: 190n, cis_operations: 1139n })
  })

  it("always has parts that add up exactly to the net", () => {
    for (const cents of [1, 7, 99, 1001, 1899, 24_99, 123_457]) {
      for (const quantity of [1, 2, 3, 7, 11]) {
        for (const cooperativeBps of [0, 3333, 6200, 9500]) {
          const amount = (cents / 100).toFixed(2)
          const breakdown = priceBreakdown(
            { calculated_amount: amount, is_calculated_price_tax_inclusive: false, currency_code: "usd" },
            quantity,
            { cooperativeBps, communityFundBps: 500 }
          )
          const { net, parts } = breakdown!.line
          expect(net).toBe(BigInt(cents) * BigInt(quantity))
          expect(parts.cooperative + parts.community_fund + parts.cis_operations).toBe(net)
        }
      }
    }
  })

  it("shows nothing rather than a wrong split", () => {
    expect(priceBreakdown({ ...euro20, calculated_amount_without_tax: null }, 1, shares)).toBeUndefined()
    expect(priceBreakdown(euro20, 1, { cooperativeBps: 9800, communityFundBps: 500 })).toBeUndefined()
    expect(priceBreakdown({ ...dollars, currency_code: "zzz" }, 1, shares)).toBeUndefined()
  })
})
