import { describe, expect, it } from "vitest"
import { lowestPrice } from "./lowest-price"

const variant = (calculated_amount: number | string | null, currency_code = "usd") => ({
  calculated_price: { calculated_amount, currency_code },
})

describe("lowestPrice", () => {
  it("is the cheapest variant's calculated amount", () => {
    expect(lowestPrice([variant(32), variant("18.5"), variant(24)])).toEqual({ amount: 18.5, currencyCode: "usd" })
  })

  it("skips variants without a price in the region", () => {
    expect(lowestPrice([{ calculated_price: null }, variant(null), variant(40)])).toEqual({
      amount: 40,
      currencyCode: "usd",
    })
  })

  it("is undefined when nothing is priced", () => {
    expect(lowestPrice([{}, variant(null)])).toBeUndefined()
    expect(lowestPrice(null)).toBeUndefined()
  })
})
