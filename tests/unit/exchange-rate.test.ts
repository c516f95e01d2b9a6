import { exchangeRate } from "../../src/lib/exchange-rate"

describe("the rate a payout was sent at", () => {
  it("is units of the sent currency per unit of the payout's, across different minor units", () => {
    expect(exchangeRate({ amount: 10_000, currency_code: "eur" }, { amount: 10_850, currency_code: "usd" })).toBe("1.085")
    expect(exchangeRate({ amount: 10_000, currency_code: "usd" }, { amount: 15_000, currency_code: "jpy" })).toBe("150")
    expect(exchangeRate({ amount: 300, currency_code: "usd" }, { amount: 100, currency_code: "usd" })).toBe("0.3333333333")
  })

  it("refuses amounts that are not positive whole minor units", () => {
    expect(() => exchangeRate({ amount: 0, currency_code: "usd" }, { amount: 1, currency_code: "eur" })).toThrow(RangeError)
    expect(() => exchangeRate({ amount: 1, currency_code: "usd" }, { amount: 1.5, currency_code: "eur" })).toThrow(RangeError)
  })
})
