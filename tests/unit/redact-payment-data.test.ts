import { redactPaymentData } from "../../src/lib/redact-payment-data"

const secret = { client_secret: "pi_1_secret_x", id: "pi_1" }

describe("payment data redaction", () => {
  it("drops the data of sessions and payments at any depth and keeps the rest", () => {
    const answer = {
      cart: {
        id: "cart_1",
        data: { kept: true },
        payment_collection: { id: "pc_1", payment_sessions: [{ id: "ps_1", provider_id: "pp_stripe_stripe", data: secret, amount: 10 }] },
      },
      order: {
        payment_collections: [{ payments: [{ id: "pay_1", data: secret, payment_session: { id: "ps_1", data: secret } }] }],
        cart: { payment_collection: { payment_sessions: [{ data: secret }] } },
      },
    }
    const redacted = redactPaymentData(answer)
    expect(JSON.stringify(redacted)).not.toContain("secret")
    expect(redacted.cart.data).toEqual({ kept: true })
    expect(redacted.cart.payment_collection.payment_sessions[0]).toEqual({ id: "ps_1", provider_id: "pp_stripe_stripe", amount: 10 })
    expect(redacted.order.payment_collections[0]!.payments[0]).toEqual({ id: "pay_1", payment_session: { id: "ps_1" } })
    // The original answer is not changed.
    expect(answer.cart.payment_collection.payment_sessions[0]!.data).toBe(secret)
  })

  it("leaves answers without payments as they were", () => {
    const answer = { products: [{ id: "prod_1", created_at: new Date(0), metadata: { data: 1 } }], count: 1 }
    expect(redactPaymentData(answer)).toEqual(answer)
  })
})
