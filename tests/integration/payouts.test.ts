import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { settle } from "./helpers/http"
import { placeOrder } from "./helpers/orders"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(180_000)

type Balance = { currency_code: string; earned: number; in_draft_payouts: number; paid: number; balance: number }
type Entry = { account: string; cooperative_id: string; amount: number; currency_code: string }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)

    /** Places a USD order for the scarf and returns its cooperative and that cooperative's share, once recorded. */
    async function sell(quantity = 1) {
      const { order } = await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: "SS-SCARF-MAI", quantity }] })
      for (let tries = 0; tries < 100; tries++) {
        const { data } = await api.get(`/admin/ledger-entries?order_id=${order.id}&account=cooperative`, staff)
        const [entry] = data.ledger_entries as Entry[]
        if (entry) return entry
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      throw new Error(`order ${order.id} was never split`)
    }
    const usdBalance = async (cooperative: string) =>
      ((await api.get(`/admin/cooperatives/${cooperative}/balances`, staff)).data.balances as Balance[]).find((b) => b.currency_code === "usd")!

    it("reserves unpaid entries in a draft, pays it once, and keeps later sales for the next payout", async () => {
      const first = await sell(2)
      const coop = first.cooperative_id
      const created = await api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff)
      expect(created.status).toBe(201)
      expect(created.data.payout).toMatchObject({ status: "draft", amount: first.amount, entry_count: 1, currency_code: "usd" })
      const payoutId = created.data.payout.id as string
      expect(await usdBalance(coop)).toMatchObject({ in_draft_payouts: first.amount, balance: 0, paid: 0 })

      // Nothing left to pay, so a second payout is refused and nothing changes.
      const empty = await settle(api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff))
      expect(empty.status).toBe(400)
      expect(empty.data.message).toContain("nothing to be paid")
      const eur = await settle(api.post("/admin/payouts", { cooperative_id: coop, currency_code: "eur" }, staff))
      expect(eur.status).toBe(400)

      const later = await sell(1)
      const paid = await api.post(
        `/admin/payouts/${payoutId}/mark-paid`,
        { reference: "BA-2026-11-0042", paid_at: "2026-11-30", method: "bank_transfer", sent_amount: first.amount, sent_currency_code: "USD" },
        staff
      )
      expect(paid.data.payout).toMatchObject({ status: "paid", reference: "BA-2026-11-0042", method: "bank_transfer", sent_currency_code: "usd" })
      expect(await usdBalance(coop)).toMatchObject({ paid: first.amount, in_draft_payouts: 0, balance: later.amount })

      const twice = await settle(
        api.post(`/admin/payouts/${payoutId}/mark-paid`, { reference: "again", paid_at: "2026-12-01", method: "cash", sent_amount: 1, sent_currency_code: "usd" }, staff)
      )
      expect(twice.status).toBe(400)
      expect(twice.data.message).toContain("already paid")
      expect((await settle(api.post(`/admin/payouts/${payoutId}/cancel`, {}, staff))).status).toBe(400)
      expect((await api.get(`/admin/payouts/${payoutId}`, staff)).data.payout).toMatchObject({ status: "paid", reference: "BA-2026-11-0042" })

      const impact = (await api.get("/store/impact", store)).data.impact as { totals: { currency_code: string; cooperatives_paid: number }[] }
      expect(impact.totals.find((t) => t.currency_code === "usd")!.cooperatives_paid).toBe(first.amount)
    })

    it("frees a cancelled draft's entries for the next payout", async () => {
      const sale = await sell(1)
      const draft = (await api.post("/admin/payouts", { cooperative_id: sale.cooperative_id, currency_code: "usd" }, staff)).data.payout
      const cancelled = await api.post(`/admin/payouts/${draft.id}/cancel`, {}, staff)
      expect(cancelled.data.payout).toMatchObject({ status: "cancelled" })
      expect(await usdBalance(sale.cooperative_id)).toMatchObject({ in_draft_payouts: 0, balance: sale.amount })
      const next = await api.post("/admin/payouts", { cooperative_id: sale.cooperative_id, currency_code: "usd" }, staff)
      expect(next.data.payout).toMatchObject({ status: "draft", amount: sale.amount })
      const list = (await api.get(`/admin/payouts?cooperative_id=${sale.cooperative_id}`, staff)).data
      expect((list.payouts as { status: string }[]).map((p) => p.status).sort()).toEqual(["cancelled", "draft"])
    })

    it("refuses bad payout requests with a clear 4xx and changes nothing", async () => {
      const sale = await sell(1)
      const count = async () => (await api.get("/admin/payouts", staff)).data.count as number
      const before = await count()
      for (const [body, field] of [
        [{ cooperative_id: sale.cooperative_id }, "currency_code"],
        [{ cooperative_id: sale.cooperative_id, currency_code: "dollars" }, "currency_code"],
        [{ cooperative_id: sale.cooperative_id, currency_code: "usd", up_to: "someday" }, "up_to"],
        [{ cooperative_id: sale.cooperative_id, currency_code: "usd", amount: 5 }, "amount"],
      ] as const) {
        const response = await settle(api.post("/admin/payouts", body, staff))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      }
      expect((await settle(api.post("/admin/payouts", { cooperative_id: "coop_unknown", currency_code: "usd" }, staff))).status).toBe(404)
      // Entries recorded after the cut-off date stay out.
      const old = await settle(api.post("/admin/payouts", { cooperative_id: sale.cooperative_id, currency_code: "usd", up_to: "2000-01-01" }, staff))
      expect(old.status).toBe(400)
      expect(await count()).toBe(before)

      const draft = (await api.post("/admin/payouts", { cooperative_id: sale.cooperative_id, currency_code: "usd" }, staff)).data.payout
      for (const [body, field] of [
        [{ reference: "r", paid_at: "2026-11-30", method: "bank_transfer", sent_amount: -5, sent_currency_code: "usd" }, "sent_amount"],
        [{ reference: "r", paid_at: "2026-11-30", method: "bank_transfer", sent_amount: 10.5, sent_currency_code: "usd" }, "sent_amount"],
        [{ reference: "r", paid_at: "2026-11-30", method: "pigeon", sent_amount: 5, sent_currency_code: "usd" }, "method"],
        [{ reference: "", paid_at: "2026-11-30", method: "cash", sent_amount: 5, sent_currency_code: "usd" }, "reference"],
        [{ reference: "r", method: "cash", sent_amount: 5, sent_currency_code: "usd" }, "paid_at"],
      ] as const) {
        const response = await settle(api.post(`/admin/payouts/${draft.id}/mark-paid`, body, staff))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      }
      expect((await settle(api.post(`/admin/payouts/${draft.id}/cancel`, { reason: "x" }, staff))).status).toBe(400)
      expect((await api.get(`/admin/payouts/${draft.id}`, staff)).data.payout.status).toBe("draft")
      expect((await settle(api.get("/admin/payouts/payout_unknown", staff))).status).toBe(404)
      expect((await settle(api.post("/admin/payouts/payout_unknown/cancel", {}, staff))).status).toBe(404)
      expect((await settle(api.get("/admin/payouts"))).status).toBe(401)
    })
  },
})
