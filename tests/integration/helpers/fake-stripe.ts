import type { MedusaContainer } from "@medusajs/framework/types"
import nock from "nock"
import Stripe from "stripe"
import { enableCardPaymentsInRegions } from "../../../src/workflows/enable-card-payments"

/**
 * Stripe's API as this store uses it, answered at the HTTP layer by nock with
 * objects shaped like Stripe's own (only the fields Medusa's provider and the
 * fee lookup read, plus the usual ids and flags). Medusa's real Stripe
 * provider and the real `stripe` client run unchanged above it. Nothing
 * else leaves the machine: every other outside host is refused.
 * nock stays on 13.x: 14's socket emulation never emits the `secureConnect`
 * the `stripe` client waits for before sending a body, so requests hang.
 */
export type FakeIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  status: string
  capture_method: string
  client_secret: string
  metadata: Record<string, string>
  last_payment_error: null | { type: string; code: string; decline_code: string; message: string }
  latest_charge: string | null
  payment_method: null | { id: string; object: "payment_method"; type: "card" }
  livemode: false
  created: number
}

type Calls = { create: number; retrieve: number; update: number; capture: number; cancel: number; refunds: { payment_intent: string; amount: number }[] }

const STRIPE_API = "https://api.stripe.com"
/** Stripe's published card pricing in the US, 2.9 % + 30 cents, rounded as Stripe rounds: to the nearest cent. */
export const cardFee = (amount: number) => Math.round(amount * 0.029) + 30

export function fakeStripe() {
  const intents = new Map<string, FakeIntent>()
  const calls: Calls = { create: 0, retrieve: 0, update: 0, capture: 0, cancel: 0, refunds: [] }
  let sequence = 0
  const form = (body: unknown) => new URLSearchParams(typeof body === "string" ? body : "")

  const charge = (intent: FakeIntent) => ({
    id: intent.latest_charge,
    object: "charge",
    amount: intent.amount,
    amount_captured: intent.amount_received,
    currency: intent.currency,
    paid: true,
    status: "succeeded",
    payment_intent: intent.id,
    balance_transaction: {
      id: `txn_${intent.id}`,
      object: "balance_transaction",
      amount: intent.amount_received,
      currency: intent.currency,
      fee: cardFee(intent.amount_received),
      net: intent.amount_received - cardFee(intent.amount_received),
      exchange_rate: null,
      type: "charge",
      status: "pending",
    },
  })
  const notFound = { error: { type: "invalid_request_error", code: "resource_missing", message: "No such payment_intent" } }

  const scope = nock(STRIPE_API)
    .persist()
    .post("/v1/payment_intents")
    .reply((_uri, body) => {
      calls.create += 1
      const params = form(body)
      const id = `pi_test_${++sequence}`
      const intent: FakeIntent = {
        id,
        object: "payment_intent",
        amount: Number(params.get("amount")),
        amount_capturable: 0,
        amount_received: 0,
        currency: params.get("currency") ?? "usd",
        status: "requires_payment_method",
        capture_method: params.get("capture_method") ?? "automatic",
        client_secret: `${id}_secret_test`,
        metadata: { session_id: params.get("metadata[session_id]") ?? "" },
        last_payment_error: null,
        latest_charge: null,
        payment_method: null,
        livemode: false,
        created: Math.floor(Date.now() / 1000),
      }
      intents.set(id, intent)
      return [200, intent]
    })
    .get(/^\/v1\/payment_intents\/[^/?]+(\?.*)?$/)
    .reply((uri) => {
      calls.retrieve += 1
      const url = new URL(uri, STRIPE_API)
      const intent = intents.get(url.pathname.split("/")[3])
      if (!intent) return [404, notFound]
      const expand = url.searchParams.getAll("expand[]").concat(url.searchParams.getAll("expand[0]"))
      if (expand.includes("latest_charge.balance_transaction")) {
        if (control.failFeeLookups) return [500, { error: { type: "api_error", message: "An unknown error occurred" } }]
        if (intent.latest_charge) return [200, { ...intent, latest_charge: charge(intent) }]
      }
      return [200, intent]
    })
    .post(/^\/v1\/payment_intents\/[^/]+\/capture$/)
    .reply((uri) => {
      calls.capture += 1
      const intent = intents.get(uri.split("/")[3])
      if (!intent) return [404, notFound]
      if (intent.status !== "requires_capture") {
        return [400, { error: { type: "invalid_request_error", code: "payment_intent_unexpected_state", message: "This PaymentIntent could not be captured because it has a status of succeeded.", payment_intent: intent } }]
      }
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount, amount_capturable: 0 })
      return [200, intent]
    })
    .post(/^\/v1\/payment_intents\/[^/]+\/cancel$/)
    .reply((uri) => {
      calls.cancel += 1
      const intent = intents.get(uri.split("/")[3])
      if (!intent) return [404, notFound]
      intent.status = "canceled"
      return [200, intent]
    })
    .post(/^\/v1\/payment_intents\/[^/]+$/)
    .reply((uri, body) => {
      calls.update += 1
      const intent = intents.get(uri.split("/")[3])
      if (!intent) return [404, notFound]
      const amount = form(body).get("amount")
      if (amount) intent.amount = Number(amount)
      return [200, intent]
    })
    .post("/v1/refunds")
    .reply((_uri, body) => {
      const params = form(body)
      const refund = { payment_intent: params.get("payment_intent") ?? "", amount: Number(params.get("amount")) }
      calls.refunds.push(refund)
      return [200, { id: `re_test_${calls.refunds.length}`, object: "refund", status: "succeeded", currency: "usd", ...refund }]
    })

  const control = {
    intents,
    calls,
    /** Stripe's API failing (500) on the fee lookup only, as during an outage on their side. */
    failFeeLookups: false,
    /** What Stripe.js does in the buyer's browser when the card goes through (automatic capture) or is authorised (manual). */
    confirm(id: string) {
      const intent = intents.get(id)!
      intent.payment_method = { id: `pm_card_${id}`, object: "payment_method", type: "card" }
      intent.latest_charge = `ch_${id}`
      if (intent.capture_method === "manual") Object.assign(intent, { status: "requires_capture", amount_capturable: intent.amount })
      else Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
    },
    /** The card is declined: Stripe leaves the intent waiting for another payment method, with the error. */
    decline(id: string) {
      Object.assign(intents.get(id)!, {
        status: "requires_payment_method",
        last_payment_error: { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." },
      })
    },
    done: () => scope.persist(false),
  }
  return control
}

export const TEST_WEBHOOK_SECRET = "whsec_test_cis_crafts"
export const TEST_PUBLISHABLE_KEY = "pk_test_cis_crafts_fake"

/**
 * Stripe on for this test file, as in production. Call it at the top of the
 * file: the runner loads medusa-config.ts before applying its own `env`
 * option, and jest gives each test file its own copy of process.env, so no
 * other file sees these. Returns them for the runner's `env` too.
 */
export function stripeOnForThisFile(capture: "automatic" | "manual"): Record<string, string> {
  const env = {
    STRIPE_API_KEY: "sk_test_cis_crafts_fake",
    STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    STRIPE_PUBLISHABLE_KEY: TEST_PUBLISHABLE_KEY,
    STRIPE_CAPTURE: capture,
  }
  Object.assign(process.env, env)
  return env
}

export type FakeStripe = ReturnType<typeof fakeStripe>

/**
 * For a card test file: no outside host reachable, a fresh fake Stripe before
 * each test (the runner restores the database, so the regions are given cards
 * again, as start-up does for an existing store). The returned object always
 * speaks for the current test's fake.
 */
export function useFakeStripe(getContainer: () => MedusaContainer): FakeStripe {
  let current: FakeStripe | undefined
  beforeAll(() => refuseOutsideHosts())
  afterAll(() => {
    nock.cleanAll()
    nock.enableNetConnect()
  })
  beforeEach(async () => {
    nock.cleanAll()
    current = fakeStripe()
    await enableCardPaymentsInRegions(getContainer())
  })
  return new Proxy({} as FakeStripe, {
    get: (_target, key) => current![key as keyof FakeStripe],
    set: (_target, key, value) => Reflect.set(current!, key, value),
  })
}

/** Only the app under test (localhost) may be reached; Stripe's API answers from the fake above. */
export function refuseOutsideHosts() {
  nock.disableNetConnect()
  nock.enableNetConnect((host) => host.startsWith("localhost") || host.startsWith("127.0.0.1") || host.startsWith("[::1]"))
}

/** A webhook delivery signed the way Stripe signs it, with `secret` (the test's, or a wrong one). */
export function signedEvent(type: string, intent: FakeIntent, secret: string, id = `evt_${type}_${intent.id}`) {
  const payload = JSON.stringify({
    id,
    object: "event",
    type,
    api_version: "2024-06-20",
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    data: { object: intent },
  })
  const header = Stripe.webhooks.generateTestHeaderString({ payload, secret })
  return { payload, headers: { "stripe-signature": header, "content-type": "application/json" } }
}
