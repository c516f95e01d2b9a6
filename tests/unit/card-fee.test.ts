import fc from "fast-check"
import { cardFeeEntry, CardFeeError } from "../../src/lib/card-fee"

const transaction = { id: "txn_1", amount: 12_345, fee: 388, currency: "usd" }

describe("a card payment's fee in the ledger", () => {
  it("is one row charged to CIS operations, keyed by the payment, never to a cooperative or the fund", () => {
    expect(cardFeeEntry({ paymentId: "pay_1", orderId: "order_1", transaction })).toEqual({
      account: "cis_operations",
      type: "fee",
      source: "card_payment",
      cooperative_id: null,
      order_id: "order_1",
      source_line_id: "pay_1",
      product_id: null,
      currency_code: "usd",
      amount: -388,
      base_amount: 12_345,
      share_bps: 0,
      created_by: "stripe",
      reason: "card processing fee (Stripe txn_1)",
    })
  })

  it("keeps the settlement currency Stripe charged the fee in", () => {
    expect(cardFeeEntry({ paymentId: "pay_1", orderId: null, transaction: { ...transaction, currency: "eur" } }).currency_code).toBe("eur")
  })

  it("records a zero fee as zero (a waived or fully discounted fee), not as a missing one", () => {
    expect(cardFeeEntry({ paymentId: "pay_1", orderId: "o", transaction: { ...transaction, fee: 0 } }).amount).toBe(0)
  })

  it.each([
    [{ fee: 1.5 }, /fee must be a whole number/],
    [{ fee: -1 }, /fee must be a whole number/],
    [{ amount: Number.MAX_SAFE_INTEGER + 2 }, /amount must be a whole number/],
    [{ fee: 20_000 }, /exceeds the amount/],
    [{ currency: "USD" }, /not a currency code/],
  ])("refuses a balance transaction that cannot be right: %o", (change, message) => {
    expect(() => cardFeeEntry({ paymentId: "pay_1", orderId: "o", transaction: { ...transaction, ...change } })).toThrow(CardFeeError)
    expect(() => cardFeeEntry({ paymentId: "pay_1", orderId: "o", transaction: { ...transaction, ...change } })).toThrow(message)
  })

  it("always takes exactly the fee from CIS and keeps the settled gross beside it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (a, b) => {
        const [fee, amount] = a <= b ? [a, b] : [b, a]
        const row = cardFeeEntry({ paymentId: "p", orderId: "o", transaction: { ...transaction, amount, fee } })
        return row.amount === -fee && row.base_amount === amount && row.account === "cis_operations"
      })
    )
  })
})
