import fc from "fast-check"
import { cardFeeEntries, CardFeeError } from "../../src/lib/card-fee"

const transaction = { id: "txn_1", amount: 12_345, fee: 388, currency: "usd" }

describe("a card payment's fee in the ledger", () => {
  it("is one balanced movement: CIS operations pay it into card fees, keyed by the payment, never a cooperative or the fund", () => {
    const common = {
      type: "fee",
      source: "card_payment",
      cooperative_id: null,
      order_id: "order_1",
      source_line_id: "pay_1",
      product_id: null,
      currency_code: "usd",
      base_amount: 12_345,
      share_bps: 0,
      created_by: "stripe",
      reason: "card processing fee (Stripe txn_1)",
    }
    expect(cardFeeEntries({ paymentId: "pay_1", orderId: "order_1", transaction })).toEqual([
      { ...common, account: "cis_operations", amount: -388 },
      { ...common, account: "card_fees", amount: 388 },
    ])
  })

  it("keeps the settlement currency Stripe charged the fee in", () => {
    const rows = cardFeeEntries({ paymentId: "pay_1", orderId: null, transaction: { ...transaction, currency: "eur" } })
    expect(rows.map((row) => row.currency_code)).toEqual(["eur", "eur"])
  })

  it("records a zero fee as zero (a waived or fully discounted fee), not as a missing one", () => {
    const rows = cardFeeEntries({ paymentId: "pay_1", orderId: "o", transaction: { ...transaction, fee: 0 } })
    expect(rows.map((row) => Object.is(row.amount, 0))).toEqual([true, true])
  })

  it.each([
    [{ fee: 1.5 }, /fee must be a whole number/],
    [{ fee: -1 }, /fee must be a whole number/],
    [{ amount: Number.MAX_SAFE_INTEGER + 2 }, /amount must be a whole number/],
    [{ fee: 20_000 }, /exceeds the amount/],
    [{ currency: "USD" }, /not a currency code/],
  ])("refuses a balance transaction that cannot be right: %o", (change, message) => {
    expect(() => cardFeeEntries({ paymentId: "pay_1", orderId: "o", transaction: { ...transaction, ...change } })).toThrow(CardFeeError)
    expect(() => cardFeeEntries({ paymentId: "pay_1", orderId: "o", transaction: { ...transaction, ...change } })).toThrow(message)
  })

  it("always takes exactly the fee from CIS, adds up to zero, and keeps the settled gross beside it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 10_000_000 }), (a, b) => {
        const [fee, amount] = a <= b ? [a, b] : [b, a]
        const [cis, fees] = cardFeeEntries({ paymentId: "p", orderId: "o", transaction: { ...transaction, amount, fee } })
        return cis.amount === -fee && fees.amount === fee && cis.amount + fees.amount === 0 && cis.base_amount === amount && cis.account === "cis_operations"
      })
    )
  })
})
