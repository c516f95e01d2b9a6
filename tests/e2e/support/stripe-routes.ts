import fs from "node:fs"
import path from "node:path"
import type { Page, Route } from "playwright-core"

/** The test card numbers Stripe documents: one always declined, one always paid. */
export const DECLINED_CARD = "4000000000000002"
export const PAID_CARD = "4242424242424242"
const FAKE_STRIPE_JS = path.join(__dirname, "fake-stripe-js.js")

type Intent = { id: string; amount: number; capture_method: string; status: string; [key: string]: unknown }
type State = { intents: Record<string, Intent> }

const cors = { "access-control-allow-origin": "*" }

/**
 * The browser's side of Stripe, at the network boundary only: Stripe.js
 * itself (which cannot load here) is replaced by the small stand-in, and its
 * confirmation request is answered by updating the intent the backend's fake
 * API (fake-stripe-api.cjs) created, in the shared state file. The store's
 * own pages, API and the backend's Stripe provider run unchanged.
 */
export async function routeStripe(page: Page, stateFile: string): Promise<string[]> {
  const confirmations: string[] = []
  await page.route(/^https:\/\/js\.stripe\.com\//, (route) =>
    route.fulfill({ status: 200, contentType: "application/javascript", body: fs.readFileSync(FAKE_STRIPE_JS, "utf8") })
  )
  // Not js.stripe.com: of two matching routes Playwright uses the one added last.
  await page.route(/^https:\/\/(?!js\.)[a-z-]+\.stripe\.com\//, async (route: Route) => {
    const request = route.request()
    const url = new URL(request.url())
    const state = JSON.parse(fs.readFileSync(stateFile, "utf8")) as State
    const match = url.pathname.match(/^\/v1\/payment_intents\/([^/]+)(\/confirm)?$/)
    const intent = match ? state.intents[match[1]!] : undefined
    if (!intent) return route.fulfill({ status: 404, headers: cors, json: { error: { type: "invalid_request_error", message: "No such payment_intent" } } })
    if (request.method() === "POST" && match?.[2]) {
      const card = new URLSearchParams(request.postData() ?? "").get("payment_method_data[card][number]")
      confirmations.push(card ?? "")
      if (card === DECLINED_CARD) {
        const error = { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." }
        Object.assign(intent, { status: "requires_payment_method", last_payment_error: error })
        fs.writeFileSync(stateFile, JSON.stringify(state, null, 2))
        return route.fulfill({ status: 402, headers: cors, json: { error: { ...error, payment_intent: intent } } })
      }
      const manual = intent.capture_method === "manual"
      Object.assign(intent, {
        status: manual ? "requires_capture" : "succeeded",
        amount_received: manual ? 0 : intent.amount,
        amount_capturable: manual ? intent.amount : 0,
        last_payment_error: null,
        latest_charge: `ch_${intent.id}`,
        payment_method: { id: `pm_${intent.id}`, object: "payment_method", type: "card" },
      })
      fs.writeFileSync(stateFile, JSON.stringify(state, null, 2))
    }
    return route.fulfill({ status: 200, headers: cors, json: intent })
  })
  return confirmations
}
