import { integrationRunner } from "./helpers/runner"
import { settle } from "./helpers/http"
import { placeOrder } from "./helpers/orders"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(180_000)

type Entry = { account: string; cooperative_id: string | null; amount: number }

integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)

    async function recordedEntries(orderId: string): Promise<Entry[]> {
      for (let tries = 0; tries < 100; tries++) {
        const { data } = await api.get(`/admin/ledger-entries?order_id=${orderId}&limit=500`, staff)
        if (data.count > 0) return data.ledger_entries as Entry[]
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      throw new Error(`order ${orderId} was never split`)
    }

    it("tells the storefront the community fund's share, as staff set it", async () => {
      expect((await api.get("/store/revenue-split", store)).data).toEqual({ community_fund_bps: 500 })
      await api.post("/admin/revenue-split", { community_fund_bps: 750 }, staff)
      expect((await api.get("/store/revenue-split", store)).data).toEqual({ community_fund_bps: 750 })
      expect((await settle(api.get("/store/revenue-split?x=1", store))).status).toBe(400)
    })

    it("shows a buyer where their order's money went, per cooperative, as the ledger recorded it", async () => {
      const { order } = await placeOrder(api, store, {
        regionName: "European Union",
        countryCode: "de",
        items: [{ sku: "SS-SCARF-MAI", quantity: 1 }, { sku: "IL-NATIV-S", quantity: 2 }],
      })
      const entries = await recordedEntries(order.id)
      const { data } = await api.get(`/store/orders/${order.id}/revenue-split`, store)
      const sum = (filter: (e: Entry) => boolean) => entries.filter(filter).reduce((total, e) => total + e.amount, 0)
      expect(data.split.currency_code).toBe("eur")
      expect(data.split.recorded).toBe(true)
      expect(data.split.cooperatives).toHaveLength(2)
      // Nobody paid yet (a bank transfer awaited): every share is still pending, and says so.
      expect(data.split.paid).toBe(false)
      for (const cooperative of data.split.cooperatives as { id: string; name: string; handle: string; amount: number; pending: number }[]) {
        expect(cooperative.amount).toBe(sum((e) => e.account === "cooperative" && e.cooperative_id === cooperative.id))
        expect(cooperative.pending).toBe(cooperative.amount)
        expect(cooperative.name).toEqual(expect.any(String))
        expect(Object.keys(cooperative).sort()).toEqual(["amount", "handle", "id", "name", "pending"])
      }
      expect(data.split.community_fund).toBe(sum((e) => e.account === "community_fund"))
      expect(data.split.cis_operations).toBe(sum((e) => e.account === "cis_operations"))

      expect((await settle(api.get("/store/orders/order_unknown/revenue-split", store))).status).toBe(404)
      expect((await settle(api.get(`/store/orders/${order.id}/revenue-split`))).status).toBe(400) // no publishable key
    })

    it("says how an order was paid, and nothing more; the store's order routes serve payments without their data", async () => {
      const { order } = await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })
      expect((await api.get(`/store/orders/${order.id}/payment`, store)).data).toEqual({
        payment: {
          provider_id: "pp_system_default",
          captured: false,
          // While the transfer is awaited: what to send, where and by when (minor units), and nothing else.
          transfer: {
            amount_due: Math.round(order.total * 100),
            currency_code: "usd",
            reference: `CIS-${order.display_id}`,
            deadline: expect.any(String),
            instructions: expect.objectContaining({ aba_routing: "011000015", beneficiary: expect.any(String), bank_name: expect.any(String) }),
          },
        },
      })
      const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=id,*payment_collections.payments`, staff)
      await api.post(`/admin/payments/${placed.order.payment_collections[0].payments[0].id}/capture`, {}, staff)
      expect((await api.get(`/store/orders/${order.id}/payment`, store)).data.payment).toEqual({ provider_id: "pp_system_default", captured: true, transfer: null })

      expect((await settle(api.get("/store/orders/order_unknown/payment", store))).status).toBe(404)
      expect((await settle(api.get(`/store/orders/${order.id}/payment?fields=*`, store))).status).toBe(400)
      expect((await settle(api.get(`/store/orders/${order.id}/payment`))).status).toBe(400) // no publishable key
      // Medusa's own storefronts (the DTC starter's confirmation page) ask for the payments: they come, without `data`.
      const { data: withPayments } = await api.get(`/store/orders/${order.id}?fields=*payment_collections.payments,*items`, store)
      const [payment] = withPayments.order.payment_collections[0].payments
      expect(payment).toMatchObject({ provider_id: "pp_system_default" })
      expect(payment).not.toHaveProperty("data")
      // What the confirmation page asks for still works, collections without their payments included.
      const { data } = await api.get(`/store/orders/${order.id}?fields=id,payment_status,*payment_collections`, store)
      expect(data.order.payment_status).toBe("captured")
      expect(data.order.payment_collections[0].payments).toBeUndefined()
    })

    it("without Stripe keys: no card key for the storefront, and Stripe's webhook path answers 404 without queuing anything", async () => {
      expect((await api.get("/public/storefront-config")).data.stripe_publishable_key).toBeNull()
      const refused = await settle(api.post("/hooks/payment/stripe_stripe", { id: "evt_1", type: "payment_intent.succeeded" }))
      expect(refused.status).toBe(404)
      expect(refused.data.message).toMatch(/Card payments are not enabled/)
    })

    it("finds a guest's order by email and number, tells nothing when either is wrong, and slows down guessing", async () => {
      const { order } = await placeOrder(api, store, {
        regionName: "United States",
        countryCode: "us",
        email: "Ana.Buyer@Example.org",
        items: [{ sku: "SS-SCARF-MAI", quantity: 2 }],
      })
      const found = await api.post("/store/order-lookup", { email: "ana.buyer@example.org", display_id: order.display_id }, store)
      // The bank transfer is authorized at checkout; Medusa works the statuses out from payments and fulfillments.
      expect(found.data.order).toMatchObject({
        display_id: order.display_id,
        currency_code: "usd",
        status: "pending",
        payment_status: "authorized",
        fulfillment_status: "not_fulfilled",
      })
      expect(found.data.order.items).toEqual([expect.objectContaining({ quantity: 2, title: expect.any(String) })])
      expect(found.data.order.email).toBeUndefined()
      // The order's id opens Medusa's own order route with the buyer's address: the lookup never hands it out.
      expect(JSON.stringify(found.data)).not.toContain(order.id)
      expect(found.data.order.payment).toEqual({
        provider_id: "pp_system_default",
        captured: false,
        transfer: expect.objectContaining({ amount_due: Math.round(order.total * 100), reference: `CIS-${order.display_id}` }),
      })
      expect(found.data.order.payment_collections).toBeUndefined()
      expect(JSON.stringify(found.data)).not.toContain("Test Street")

      // Once staff record the transfer as received, the buyer sees it paid.
      const { data: admin } = await api.get(`/admin/orders/${order.id}?fields=id,*payment_collections.payments`, staff)
      await api.post(`/admin/payments/${admin.order.payment_collections[0].payments[0].id}/capture`, {}, staff)
      const paid = await api.post("/store/order-lookup", { email: "ana.buyer@example.org", display_id: order.display_id }, store)
      expect(paid.data.order).toMatchObject({ payment_status: "captured", fulfillment_status: "not_fulfilled" })

      const wrongEmail = await settle(api.post("/store/order-lookup", { email: "someone@example.org", display_id: order.display_id }, store))
      const wrongNumber = await settle(api.post("/store/order-lookup", { email: "ana.buyer@example.org", display_id: order.display_id + 1000 }, store))
      expect([wrongEmail.status, wrongNumber.status]).toEqual([404, 404])
      expect(wrongEmail.data.message).toBe(wrongNumber.data.message)

      for (const [body, field] of [
        [{ email: "not-an-email", display_id: 1 }, "email"],
        [{ email: "a@b.org", display_id: -3 }, "display_id"],
        [{ email: "a@b.org", display_id: 1, order_id: "order_x" }, "order_id"],
      ] as const) {
        const response = await settle(api.post("/store/order-lookup", body, store))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      }

      // Four lookups above counted; the window allows ten, then refuses with a retry time.
      const statuses: number[] = []
      let refused
      for (let i = 0; i < 7; i++) {
        refused = await settle(api.post("/store/order-lookup", { email: "guess@example.org", display_id: i + 1 }, store))
        statuses.push(refused.status)
      }
      expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 429])
      expect(Number((refused as unknown as { headers: Record<string, string> }).headers["retry-after"])).toBeGreaterThan(0)
    })
  },
})
