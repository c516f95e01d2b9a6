import { describe, expect, it } from "vitest"
import { lineTotal, summarizeTotals } from "./order-totals"

describe("lineTotal", () => {
  it("multiplies in minor units, without float drift", () => {
    expect(lineTotal(19.99, 3, "usd")).toBe("59.97")
    expect(lineTotal("0.1", 3, "eur")).toBe("0.30")
    expect(lineTotal(1500, 2, "jpy")).toBe("3000")
  })
})

describe("summarizeTotals", () => {
  const base = { currency_code: "usd", tax_total: 6, total: 120.8 }

  it("adds pre-tax discount, shipping and tax on top of tax-exclusive prices", () => {
    const summary = summarizeTotals({
      ...base,
      items: [{ unit_price: 50, quantity: 2, is_tax_inclusive: false }],
      discount_total: 5.5,
      discount_subtotal: 5,
      shipping_total: 21,
      shipping_subtotal: 20,
      shipping_methods: [{}],
      total: 121,
    })
    expect(summary).toEqual({ taxInclusive: false, items: "100.00", discount: "5.00", shipping: "20.00", tax: "6.00", total: "121.00" })
  })

  it("keeps tax inside shelf prices that include it", () => {
    const summary = summarizeTotals({
      currency_code: "eur",
      items: [{ unit_price: 16.5, quantity: 2, is_tax_inclusive: true }],
      discount_total: 3.3,
      discount_subtotal: 2.77,
      shipping_total: 14,
      shipping_subtotal: 11.76,
      shipping_methods: [{}],
      tax_total: 7.03,
      total: 43.7,
    })
    expect(summary).toMatchObject({ taxInclusive: true, items: "33.00", discount: "3.30", shipping: "14.00", total: "43.70" })
  })

  it("leaves shipping open until a method is chosen and hides a zero discount", () => {
    const summary = summarizeTotals({ ...base, items: [], discount_total: 0, shipping_total: 0, shipping_methods: [] })
    expect(summary.shipping).toBeNull()
    expect(summary.discount).toBeNull()
  })
})
