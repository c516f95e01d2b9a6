/**
 * Stripe's API for the backend of the end-to-end test. The test starts the
 * store with NODE_OPTIONS="--require <this file>" and FAKE_STRIPE_STATE set;
 * nock then answers the calls Medusa's Stripe provider and the fee lookup
 * make to api.stripe.com, with objects shaped like Stripe's. The intents live
 * in that JSON file, which the test's browser side (the fake Stripe.js
 * confirming a card) updates too. Without FAKE_STRIPE_STATE it does nothing,
 * and it never touches any other host.
 */
const fs = require("node:fs")

const file = process.env.FAKE_STRIPE_STATE
if (file) {
  const nock = require("nock")
  const read = () => {
    try {
      return JSON.parse(fs.readFileSync(file, "utf8"))
    } catch {
      return { sequence: 0, intents: {}, refunds: [] }
    }
  }
  const write = (state) => fs.writeFileSync(file, JSON.stringify(state, null, 2))
  const fee = (amount) => Math.round(amount * 0.029) + 30
  const idOf = (uri) => new URL(uri, "https://api.stripe.com").pathname.split("/")[3]
  const missing = [404, { error: { type: "invalid_request_error", code: "resource_missing", message: "No such payment_intent" } }]

  nock("https://api.stripe.com")
    .persist()
    .post("/v1/payment_intents")
    .reply((_uri, body) => {
      const params = new URLSearchParams(String(body))
      const state = read()
      state.sequence += 1
      const id = `pi_e2e_${Date.now()}_${state.sequence}`
      state.intents[id] = {
        id,
        object: "payment_intent",
        amount: Number(params.get("amount")),
        amount_capturable: 0,
        amount_received: 0,
        currency: params.get("currency"),
        status: "requires_payment_method",
        capture_method: params.get("capture_method") || "automatic",
        client_secret: `${id}_secret_e2e`,
        metadata: { session_id: params.get("metadata[session_id]") || "" },
        last_payment_error: null,
        latest_charge: null,
        payment_method: null,
        livemode: false,
        created: Math.floor(Date.now() / 1000),
      }
      write(state)
      return [200, state.intents[id]]
    })
    .get(/^\/v1\/payment_intents\/[^/?]+(\?.*)?$/)
    .reply((uri) => {
      const intent = read().intents[idOf(uri)]
      if (!intent) return missing
      if (uri.includes("latest_charge.balance_transaction") && intent.latest_charge) {
        const received = intent.amount_received
        const transaction = { id: `txn_${intent.id}`, object: "balance_transaction", amount: received, fee: fee(received), net: received - fee(received), currency: intent.currency, type: "charge" }
        return [200, { ...intent, latest_charge: { id: intent.latest_charge, object: "charge", payment_intent: intent.id, balance_transaction: transaction } }]
      }
      return [200, intent]
    })
    .post(/^\/v1\/payment_intents\/[^/]+\/(capture|cancel)$/)
    .reply((uri) => {
      const state = read()
      const intent = state.intents[idOf(uri)]
      if (!intent) return missing
      if (uri.endsWith("/cancel")) intent.status = "canceled"
      else if (intent.status === "requires_capture") Object.assign(intent, { status: "succeeded", amount_received: intent.amount, amount_capturable: 0 })
      write(state)
      return [200, intent]
    })
    .post(/^\/v1\/payment_intents\/[^/]+$/)
    .reply((uri, body) => {
      const state = read()
      const intent = state.intents[idOf(uri)]
      if (!intent) return missing
      const amount = new URLSearchParams(String(body)).get("amount")
      if (amount) intent.amount = Number(amount)
      write(state)
      return [200, intent]
    })
    .post("/v1/refunds")
    .reply((_uri, body) => {
      const params = new URLSearchParams(String(body))
      const state = read()
      const refund = { id: `re_e2e_${state.refunds.length + 1}`, object: "refund", status: "succeeded", payment_intent: params.get("payment_intent"), amount: Number(params.get("amount")) }
      state.refunds.push(refund)
      write(state)
      return [200, refund]
    })
}
