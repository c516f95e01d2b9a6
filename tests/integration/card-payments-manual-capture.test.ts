import { integrationRunner } from "./helpers/runner"
import { STRIPE_PROVIDER_ID } from "../../src/lib/stripe-config"
import { cardFee, stripeOnForThisFile, useFakeStripe } from "./helpers/fake-stripe"
import { checkoutUntilPayment, type PlacedOrder } from "./helpers/orders"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(240_000)

// STRIPE_CAPTURE=manual: the card is only authorized at checkout and staff capture later.
const STRIPE_ENV = stripeOnForThisFile("manual")

type Entry = { type: string; account: string; amount: number; source_line_id: string }
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

integrationRunner({
  inApp: true,
  env: STRIPE_ENV,
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)
    // The seed offers the bank transfer only; before each test cards are added as start-up adds them.
    const stripe = useFakeStripe(getContainer)

    const entriesOf = async (orderId: string) =>
      (await api.get(`/admin/ledger-entries?order_id=${orderId}&limit=500`, staff)).data.ledger_entries as Entry[]

    it("asks Stripe for a manual capture, records no fee until staff capture, then exactly one", async () => {
      const checkout = await checkoutUntilPayment(api, store, {
        regionName: "United States",
        countryCode: "us",
        items: [{ sku: "IL-NATIV-S", quantity: 1 }],
        providerId: STRIPE_PROVIDER_ID,
      })
      const intent = stripe.intents.get(checkout.session.data.id as string)!
      expect(intent.capture_method).toBe("manual")
      stripe.confirm(intent.id)
      const { data } = await api.post(`/store/carts/${checkout.cart_id}/complete`, {}, store)
      const order = data.order as PlacedOrder

      // Authorized only: the sale is in the books (as for a bank transfer awaiting payment), no fee yet.
      const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=id,*payment_collections.payments`, staff)
      const payment = placed.order.payment_collections[0].payments[0] as { id: string; captured_at: string | null }
      expect(payment.captured_at).toBeNull()
      for (let tries = 0; tries < 40 && (await entriesOf(order.id)).filter((e) => e.type === "sale").length < 4; tries += 1) await pause(250)
      await pause(1_000)
      expect((await entriesOf(order.id)).filter((e) => e.type === "fee")).toEqual([])

      // Staff capture from the order page: Medusa asks Stripe to capture; payment.captured records the fee.
      await api.post(`/admin/payments/${payment.id}/capture`, {}, staff)
      expect(stripe.calls.capture).toBe(1)
      let fees: Entry[] = []
      for (let tries = 0; tries < 80 && fees.length === 0; tries += 1) {
        await pause(250)
        fees = (await entriesOf(order.id)).filter((e) => e.type === "fee")
      }
      // One fee: CIS operations pay it into card fees (a balanced movement). Its two rows are written in one
      // millisecond and come back in either order (CI once read them reversed): lined up by amount.
      expect([...fees].sort((a, b) => a.amount - b.amount)).toEqual([
        expect.objectContaining({ account: "cis_operations", source_line_id: payment.id, amount: -cardFee(intent.amount) }),
        expect.objectContaining({ account: "card_fees", source_line_id: payment.id, amount: cardFee(intent.amount) }),
      ])
      const { data: check } = await api.get("/admin/ledger-check", staff)
      expect(check.problems).toEqual([])
    })
  },
})
