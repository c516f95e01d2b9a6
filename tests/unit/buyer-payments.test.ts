import { carriesPayments, narrowPayments } from "../../src/lib/buyer-payments"

const secret = { client_secret: "pi_1_secret_x", id: "pi_1" }

describe("payments as a buyer sees them", () => {
  it("keeps a payment's provider, amount, currency and dates, drops every session at any depth, and keeps the rest", () => {
    const payment = {
      id: "pay_1",
      provider_id: "pp_stripe_stripe",
      amount: 10.5,
      raw_amount: { value: "10.5", precision: 20 },
      currency_code: "usd",
      created_at: "2026-12-01T00:00:00.000Z",
      captured_at: null,
      data: secret,
      metadata: { note: "staff only" },
      captures: [{ id: "capt_1" }],
      payment_session: { id: "ps_1", data: secret },
    }
    const answer = {
      order: {
        id: "order_1",
        metadata: { data: "kept" },
        payment_collections: [{ id: "pc_1", amount: 10.5, status: "authorized", payments: [payment], payment_sessions: [{ id: "ps_1", data: secret }] }],
        cart: { payment_collection: { payment_sessions: [{ data: secret }], payments: [payment] } },
      },
    }
    const narrowed = narrowPayments(answer)
    expect(JSON.stringify(narrowed)).not.toContain("secret")
    expect(JSON.stringify(narrowed)).not.toContain("ps_1")
    const buyerView = { id: "pay_1", provider_id: "pp_stripe_stripe", amount: 10.5, currency_code: "usd", created_at: "2026-12-01T00:00:00.000Z", captured_at: null }
    expect(narrowed.order.payment_collections[0]).toEqual({ id: "pc_1", amount: 10.5, status: "authorized", payments: [buyerView] })
    expect(narrowed.order.cart.payment_collection).toEqual({ payments: [buyerView] })
    expect(narrowed.order.metadata).toEqual({ data: "kept" })
    // The original answer is not changed.
    expect(answer.order.payment_collections[0]!.payments[0]!.data).toBe(secret)
  })

  it("leaves answers without payments as they were", () => {
    const answer = { products: [{ id: "prod_1", created_at: new Date(0), metadata: { data: 1 } }], count: 1 }
    expect(narrowPayments(answer)).toEqual(answer)
  })
})

describe("whether an answer has payments to narrow", () => {
  it("finds payments or sessions at any depth, empty lists included, and nothing in answers without them", () => {
    expect(carriesPayments({ cart: { id: "cart_1", items: [{ id: "item_1" }], payment_collection: null } })).toBe(false)
    expect(carriesPayments({ cart: { payment_collection: { payment_sessions: [] } } })).toBe(true)
    expect(carriesPayments({ order: { payment_collections: [{ payments: [{ id: "pay_1" }] }] } })).toBe(true)
    expect(carriesPayments([{ nested: [{ payment_session: { id: "ps_1" } }] }])).toBe(true)
    expect(carriesPayments({ created_at: new Date(0), metadata: { payment: "note" } })).toBe(false)
  })
})
