import { integrationRunner } from "./helpers/runner"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_PROVIDER_ID, STRIPE_WEBHOOK_PATH } from "../../src/lib/stripe-config"
import { enableCardPaymentsInRegions } from "../../src/workflows/enable-card-payments"
import recordCardFeesJob from "../../src/jobs/record-card-fees"
import { cardFee, signedEvent, stripeOnForThisFile, TEST_PUBLISHABLE_KEY, TEST_WEBHOOK_SECRET, useFakeStripe } from "./helpers/fake-stripe"
import { settle } from "./helpers/http"
import { checkoutUntilPayment, type PlacedOrder } from "./helpers/orders"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(240_000)

/** Medusa queues a webhook's processing 5 s after it arrives (hooks/payment route), so a race with the buyer is real. */
const WEBHOOK_DELAY_MS = 5_000
const US = { regionName: "United States", countryCode: "us" }

type Entry = { id: string; transaction_id: string | null; account: string; state: string; type: string; source: string; source_line_id: string; currency_code: string; amount: number; base_amount: number }
type Payment = { id: string; provider_id: string; amount: number; captured_at: string | null; captures: { id: string; amount: number }[]; refunds: { amount: number }[] }

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const STRIPE_ENV = stripeOnForThisFile("automatic")

integrationRunner({
  inApp: true,
  env: STRIPE_ENV,
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)
    // The seed offers the bank transfer only; before each test cards are added as start-up adds them.
    const stripe = useFakeStripe(getContainer)

    const container = (): MedusaContainer => getContainer()
    const items = [{ sku: "SS-SCARF-MAI", quantity: 1 }, { sku: "IL-NATIV-S", quantity: 2 }]

    async function cardCheckout() {
      const checkout = await checkoutUntilPayment(api, store, { ...US, items, providerId: STRIPE_PROVIDER_ID })
      const intentId = checkout.session.data.id as string
      expect(intentId).toMatch(/^pi_test_/)
      return { ...checkout, intentId, intent: () => stripe.intents.get(intentId)! }
    }

    async function ordersOfCart(cartId: string): Promise<string[]> {
      const query = container().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
      return (data as { order_id: string }[]).map((row) => row.order_id)
    }

    async function paymentsOf(orderId: string): Promise<Payment[]> {
      const { data } = await api.get(
        `/admin/orders/${orderId}?fields=id,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.refunds`,
        staff
      )
      return (data.order.payment_collections as { payments: Payment[] }[]).flatMap((c) => c.payments)
    }

    const entriesOf = async (orderId: string) =>
      (await api.get(`/admin/ledger-entries?order_id=${orderId}&limit=500`, staff)).data.ledger_entries as Entry[]

    async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 20_000): Promise<T> {
      const deadline = Date.now() + ms
      for (;;) {
        const value = await read()
        if (done(value) || Date.now() > deadline) return value
        await pause(250)
      }
    }

    async function ledgerIsConsistent() {
      const { data } = await api.get("/admin/ledger-check", staff)
      expect(data.problems).toEqual([])
    }

    const deliver = (event: { payload: string; headers: Record<string, string> }) =>
      settle(api.post(STRIPE_WEBHOOK_PATH, event.payload, { headers: event.headers, transformRequest: [(body: unknown) => body] }))

    it("offers cards beside the bank transfer in every region, and does so once", async () => {
      const { data } = await api.get("/store/regions?limit=50&fields=id,name,*payment_providers", store)
      for (const region of data.regions as { name: string; payment_providers: { id: string }[] }[]) {
        expect(region.payment_providers.map((p) => p.id).sort()).toEqual([STRIPE_PROVIDER_ID, "pp_system_default"])
      }
      expect(await enableCardPaymentsInRegions(container())).toEqual([])
      // The storefront learns Stripe's publishable key at run time.
      expect((await api.get("/public/storefront-config")).data.stripe_publishable_key).toBe(TEST_PUBLISHABLE_KEY)
    })

    it("a paid card creates the order, its sale in the ledger and the card fee charged to CIS operations", async () => {
      const checkout = await cardCheckout()
      expect(stripe.calls.create).toBe(1)
      // In the browser Stripe.js confirms the card; then the storefront completes the cart.
      stripe.confirm(checkout.intentId)
      const { data } = await api.post(`/store/carts/${checkout.cart_id}/complete`, {}, store)
      expect(data.type).toBe("order")
      const order = data.order as PlacedOrder

      const [payment] = await paymentsOf(order.id)
      expect(payment.provider_id).toBe(STRIPE_PROVIDER_ID)
      expect(payment.captured_at).not.toBeNull()
      expect(payment.captures).toHaveLength(1)
      // Automatic capture: Stripe took the money at confirmation, Medusa never asked it to capture.
      expect(stripe.calls.capture).toBe(0)

      const amount = checkout.intent().amount
      expect(amount).toBe(Math.round(order.total * 100))
      const entries = await waitFor(() => entriesOf(order.id), (e) => e.some((x) => x.type === "fee") && e.some((x) => x.type === "sale" && x.state === "payable"))
      const fees = entries.filter((e) => e.type === "fee").sort((a, b) => a.amount - b.amount)
      // One movement: CIS operations pay the fee into card fees.
      expect(fees).toEqual([
        expect.objectContaining({ account: "cis_operations", source: "card_payment", source_line_id: payment.id, currency_code: "usd", amount: -cardFee(amount), base_amount: amount }),
        expect.objectContaining({ account: "card_fees", source: "card_payment", source_line_id: payment.id, currency_code: "usd", amount: cardFee(amount), base_amount: amount }),
      ])
      // Paid by card at once: the whole sale is payable, and the money held is exactly what was captured.
      const money = entries.filter((e) => e.type === "sale" && ["cooperative", "community_fund", "cis_operations", "tax_payable"].includes(e.account))
      expect(money.every((e) => e.state === "payable")).toBe(true)
      expect(money.reduce((total, e) => total + e.amount, 0)).toBe(amount)
      // The cooperatives' and the fund's rows are exactly the sale's: the fee touches neither.
      expect(entries.filter((e) => e.account === "cooperative" || e.account === "community_fund").every((e) => e.type === "sale")).toBe(true)
      await ledgerIsConsistent()

      // The buyer's pages learn it was a captured card, and never see Stripe's intent or its client secret.
      expect((await api.get(`/store/orders/${order.id}/payment`, store)).data).toEqual({ payment: { provider_id: STRIPE_PROVIDER_ID, captured: true, transfer: null } })
      const plain = await api.get(`/store/orders/${order.id}`, store)
      expect(JSON.stringify(plain.data)).not.toContain(checkout.intent().client_secret)
      for (const fields of ["*payment_collections.payments", "id,+payment_collections.payment_sessions.data", "payment_collections.payments.data", "cart.payment_collection.payment_sessions.data"]) {
        const answer = await settle(api.get(`/store/orders/${order.id}?fields=${fields}`, store))
        expect(answer.status).toBe(200)
        expect(JSON.stringify(answer.data)).not.toContain(checkout.intent().client_secret)
      }
      const cart = await api.get(`/store/carts/${checkout.cart_id}?fields=*payment_collection.payment_sessions`, store)
      expect(JSON.stringify(cart.data)).not.toContain(checkout.intent().client_secret)

      // Running the fee job afterwards finds nothing left to record.
      expect(await recordCardFeesJob(container())).toEqual({ checked: 0, written: 0, failed: 0 })
    })

    it("a fee Stripe could not tell at order time is recorded by the job later, once", async () => {
      const checkout = await cardCheckout()
      stripe.confirm(checkout.intentId)
      stripe.failFeeLookups = true
      const { data } = await api.post(`/store/carts/${checkout.cart_id}/complete`, {}, store)
      const order = data.order as PlacedOrder
      // The sale is recorded all the same; only the fee is missing.
      const entries = await waitFor(() => entriesOf(order.id), (e) => e.some((x) => x.type === "sale" && x.state === "payable"))
      await pause(1_500)
      expect((await entriesOf(order.id)).filter((e) => e.type === "fee")).toEqual([])
      expect(entries.some((e) => e.type === "sale" && e.account === "cooperative")).toBe(true)
      expect(await recordCardFeesJob(container())).toEqual({ checked: 1, written: 0, failed: 1 })

      stripe.failFeeLookups = false
      expect(await recordCardFeesJob(container())).toEqual({ checked: 1, written: 1, failed: 0 })
      expect(await recordCardFeesJob(container())).toEqual({ checked: 0, written: 0, failed: 0 })
      const fees = (await entriesOf(order.id)).filter((e) => e.type === "fee").sort((a, b) => a.amount - b.amount)
      expect(fees.map((f) => [f.account, f.amount])).toEqual([
        ["cis_operations", -cardFee(checkout.intent().amount)],
        ["card_fees", cardFee(checkout.intent().amount)],
      ])
      await ledgerIsConsistent()
    })

    it("a declined card creates no order and no ledger entry; the buyer can retry with another card", async () => {
      const checkout = await cardCheckout()
      stripe.decline(checkout.intentId)
      const declined = await settle(api.post(`/store/carts/${checkout.cart_id}/complete`, {}, store))
      // Medusa answers 400 "Session … was not authorized with the provider."
      expect(declined.status).toBe(400)
      expect(declined.data.message).toMatch(/not authorized/i)
      expect(await ordersOfCart(checkout.cart_id)).toEqual([])

      // Medusa marks the declined session as failed; the storefront starts a fresh one for the next card.
      const again = await settle(api.post(`/store/carts/${checkout.cart_id}/complete`, {}, store))
      expect(again.data.type).not.toBe("order")
      const { data: fresh } = await api.post(
        `/store/payment-collections/${checkout.payment_collection_id}/payment-sessions`,
        { provider_id: STRIPE_PROVIDER_ID },
        store
      )
      const session = (fresh.payment_collection.payment_sessions as { provider_id: string; data: { id: string } }[]).find(
        (s) => s.provider_id === STRIPE_PROVIDER_ID
      )!
      expect(session.data.id).not.toBe(checkout.intentId)
      stripe.confirm(session.data.id)
      const retried = await api.post(`/store/carts/${checkout.cart_id}/complete`, {}, store)
      expect(retried.data.type).toBe("order")
      expect(await ordersOfCart(checkout.cart_id)).toHaveLength(1)
      // The order's one payment is the second card's.
      const [payment] = await paymentsOf(retried.data.order.id)
      expect(payment.captures).toHaveLength(1)
      expect(stripe.calls.create).toBe(2)
    })

    it("a webhook with a bad signature answers 400 and changes nothing", async () => {
      const checkout = await cardCheckout()
      stripe.confirm(checkout.intentId)
      const forged = signedEvent("payment_intent.succeeded", checkout.intent(), "whsec_someone_else")
      const refused = await deliver(forged)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/signature/i)

      // A correctly signed body that was altered on the way fails the same way.
      const genuine = signedEvent("payment_intent.succeeded", checkout.intent(), TEST_WEBHOOK_SECRET)
      const tampered = await deliver({ ...genuine, payload: genuine.payload.replace(`"amount":${checkout.intent().amount}`, `"amount":1`) })
      expect(tampered.status).toBe(400)
      const unsigned = await deliver({ payload: genuine.payload, headers: { "content-type": "application/json" } })
      expect(unsigned.status).toBe(400)

      await pause(WEBHOOK_DELAY_MS + 1_500)
      expect(await ordersOfCart(checkout.cart_id)).toEqual([])
      expect(stripe.calls.retrieve).toBe(0)
    })

    it("the same webhook delivered twice is processed once: one order, one capture, one fee", async () => {
      const checkout = await cardCheckout()
      stripe.confirm(checkout.intentId)
      const event = signedEvent("payment_intent.succeeded", checkout.intent(), TEST_WEBHOOK_SECRET)
      const first = await deliver(event)
      const second = await deliver(event)
      expect(first.status).toBe(200)
      expect(second.status).toBe(200)
      expect(second.data).toEqual({ received: true, duplicate: true })

      // The buyer closed the tab: the webhook alone completes the cart.
      const orders = await waitFor(() => ordersOfCart(checkout.cart_id), (ids) => ids.length > 0, WEBHOOK_DELAY_MS + 20_000)
      expect(orders).toHaveLength(1)
      const entries = await waitFor(() => entriesOf(orders[0]), (e) => e.some((x) => x.type === "fee"))
      await pause(2_000)
      expect(await ordersOfCart(checkout.cart_id)).toHaveLength(1)
      const [payment] = await paymentsOf(orders[0])
      expect(payment.captures).toHaveLength(1)
      expect(entries.filter((e) => e.type === "fee" && e.account === "cis_operations")).toHaveLength(1)
      await ledgerIsConsistent()
    })

    it("a payment-succeeded webhook racing the storefront's completion yields exactly one order and one capture", async () => {
      const checkout = await cardCheckout()
      stripe.confirm(checkout.intentId)
      const delivered = await deliver(signedEvent("payment_intent.succeeded", checkout.intent(), TEST_WEBHOOK_SECRET))
      expect(delivered.status).toBe(200)
      // The buyer's completion lands just as Medusa starts processing the webhook.
      await pause(WEBHOOK_DELAY_MS - 100)
      const completions = await Promise.all([
        settle(api.post(`/store/carts/${checkout.cart_id}/complete`, {}, store)),
        settle(api.post(`/store/carts/${checkout.cart_id}/complete`, {}, store)),
      ])
      expect(completions.some((c) => c.data.type === "order")).toBe(true)
      await pause(4_000)
      const orders = await ordersOfCart(checkout.cart_id)
      expect(orders).toHaveLength(1)
      for (const completion of completions.filter((c) => c.data.type === "order")) {
        expect((completion.data.order as PlacedOrder).id).toBe(orders[0])
      }
      const payments = await paymentsOf(orders[0])
      expect(payments).toHaveLength(1)
      expect(payments[0].captures).toHaveLength(1)
      const entries = await waitFor(() => entriesOf(orders[0]), (e) => e.some((x) => x.type === "fee"))
      expect(entries.filter((e) => e.type === "fee" && e.account === "cis_operations")).toHaveLength(1)
      // One sale, whole and payable (paid by card), not two.
      const shares = entries.filter((e) => e.type === "sale" && e.account === "cooperative")
      expect(shares.every((e) => e.state === "payable")).toBe(true)
      expect(new Set(shares.map((e) => e.transaction_id)).size).toBe(1)
    })

    it("a partial refund from the dashboard goes through Stripe and reverses exactly its share", async () => {
      const checkout = await cardCheckout()
      stripe.confirm(checkout.intentId)
      const { data } = await api.post(`/store/carts/${checkout.cart_id}/complete`, {}, store)
      const order = data.order as PlacedOrder
      const [payment] = await paymentsOf(order.id)
      await waitFor(() => entriesOf(order.id), (e) => e.some((x) => x.type === "fee"))

      // USD 10.00 back, on an untaxed US order: the refund's net is the refund.
      const refunded = await settle(api.post(`/admin/payments/${payment.id}/refund`, { amount: 10 }, staff))
      expect(refunded.status).toBe(200)
      expect(stripe.calls.refunds).toEqual([{ payment_intent: checkout.intentId, amount: 1000 }])
      const entries = await waitFor(() => entriesOf(order.id), (e) => e.some((x) => x.type === "reversal"))
      const reversed = entries.filter((e) => e.type === "reversal" && e.account !== "clearing").reduce((total, e) => total + e.amount, 0)
      expect(reversed).toBe(-1000)
      // The fee stays: Stripe keeps it on a refund; it was CIS's cost and remains so.
      expect(entries.filter((e) => e.type === "fee" && e.account === "cis_operations")).toHaveLength(1)
      await ledgerIsConsistent()

      // The month's card report, as staff match it against Stripe's payout.
      const amount = checkout.intent().amount
      const month = new Date().toISOString().slice(0, 7)
      const { data: report } = await api.get(`/admin/card-payments/monthly-report?month=${month}`, staff)
      const expected = { currency_code: "usd", gross: amount, refunds: 1000, fees: cardFee(amount), net: amount - 1000 - cardFee(amount) }
      expect(report.totals).toEqual([{ ...expected, orders: 1 }])
      expect(report.orders).toEqual([{ ...expected, order_id: order.id, display_id: order.display_id }])
      const csv = await api.get(`/admin/card-payments/monthly-report.csv?month=${month}`, staff)
      expect(csv.headers["content-type"]).toMatch(/text\/csv/)
      const lines = (csv.data as string).replace(/^\uFEFF/, "").trim().split("\r\n")
      expect(lines[0]).toBe("month,order,order_id,currency,gross,refunds,fees,net")
      expect(lines[1]).toBe(`${month},#${order.display_id},${order.id},USD,${(amount / 100).toFixed(2)},10.00,${(cardFee(amount) / 100).toFixed(2)},${((amount - 1000 - cardFee(amount)) / 100).toFixed(2)}`)
      expect(lines[2]).toMatch(/^\d{4}-\d{2},Total \(1 orders\),,USD,/)

      // Last month had no card payments; a malformed month is refused, naming the field.
      const { data: empty } = await api.get("/admin/card-payments/monthly-report?month=2020-01", staff)
      expect(empty).toEqual({ month: "2020-01", totals: [], orders: [] })
      for (const bad of ["month=2026-13", "month=nov", "", "month=2026-11&extra=1"]) {
        const refused = await settle(api.get(`/admin/card-payments/monthly-report?${bad}`, staff))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(/month|extra/i)
      }
      expect((await settle(api.get(`/admin/card-payments/monthly-report?month=${month}`))).status).toBe(401)
    })
  },
})
