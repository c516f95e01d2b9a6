import { integrationRunner } from "./helpers/runner"
import { toMinorUnits } from "@cis/contract/currency"
import { settle } from "./helpers/http"
import { ledgerHelpers, MONEY_ACCOUNTS, pause, sum, type AdminOrder, type Entry } from "./helpers/ledger"
import { createPromotion, placeOrder, type PlaceOrderInput } from "./helpers/orders"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(300_000)

const isMoney = (e: Entry) => MONEY_ACCOUNTS.includes(e.account)

/** An order's books per line position, layer, state and account: comparable across two orders with the same items. */
function shape(order: AdminOrder, entries: Entry[]) {
  const position = new Map(order.items.map((item, i) => [item.id, `item${i}`]))
  const totals = new Map<string, number>()
  for (const e of entries) {
    if (e.type !== "sale" && e.type !== "reversal") continue
    const line = position.get(e.source_line_id ?? "") ?? e.source
    const key = `${line}|${e.type}|${e.state}|${e.account}`
    totals.set(key, (totals.get(key) ?? 0) + e.amount)
  }
  return Object.fromEntries([...totals].filter(([, v]) => v !== 0).sort())
}

integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)
    const ledger = ledgerHelpers(api, staff)

    /** A placed order, paid in full (captured), its books settled. */
    async function paidOrder(input: PlaceOrderInput) {
      const { order: placed } = await placeOrder(api, store, input)
      await ledger.waitForEntries(placed.id, (e) => e.length > 0)
      const order = await ledger.adminOrder(placed.id)
      // Lines created in the same millisecond come back in either order: by variant, two orders of the same items line up.
      order.items.sort((x, y) => x.variant_id.localeCompare(y.variant_id))
      const [payment] = ledger.paymentsOf(order)
      await ledger.capture(payment.id)
      const entries = await ledger.waitForEntries(order.id, (e) => e.some((x) => x.state === "payable"))
      return { order, payment, entries }
    }

    /** Waits until the order's rows stop changing (its subscribers are done). */
    async function settled(orderId: string) {
      let last = -1
      for (;;) {
        const rows = await ledger.entriesOf(orderId)
        if (rows.length === last) return rows
        last = rows.length
        await pause(700)
      }
    }

    it("measured: a refund before its return is received, or after it, ends in the same books", async () => {
      // Two lines of different cooperatives, one of them chargeback; the refund is line 1's price plus 20.
      const items = [{ sku: "IL-NATIV-S", quantity: 1 }, { sku: "SS-SCARF-MAI", quantity: 1 }]
      const a = await paidOrder({ regionName: "United States", countryCode: "us", items })
      const b = await paidOrder({ regionName: "United States", countryCode: "us", items })
      const refundOf = (order: AdminOrder) => order.items[0].unit_price + 20
      const line1 = (order: AdminOrder) => [{ id: order.items[0].id, quantity: 1 }]

      await ledger.refund(a.payment.id, refundOf(a.order))
      await ledger.waitForEntries(a.order.id, (e) => e.some((x) => x.type === "reversal"))
      await ledger.expectBooksAgreeWithMedusa()
      await ledger.returnItems(a.order, line1(a.order))
      const booksA = await settled(a.order.id)

      await ledger.returnItems(b.order, line1(b.order))
      await ledger.waitForEntries(b.order.id, (e) => e.some((x) => x.type === "reversal"))
      await ledger.expectBooksAgreeWithMedusa()
      await ledger.refund(b.payment.id, refundOf(b.order))
      await ledger.waitForEntries(b.order.id, (e) => sum(e, (x) => x.source === "order" && x.account === "cis_operations") === 0)
      const booksB = await settled(b.order.id)

      expect(shape(a.order, booksA)).toEqual(shape(b.order, booksB))
      // What went back in all is the refund, once: not 152.76 as measured before.
      const refunded = Number(toMinorUnits(String(refundOf(a.order)), "usd"))
      expect(sum(booksA, (e) => e.type === "reversal" && isMoney(e))).toBe(-refunded)
      // The returned line is gone whole (its cooperative chose chargeback); the 20 beyond lowered the rest.
      expect(sum(booksA, (e) => e.source_line_id === a.order.items[0].id && isMoney(e))).toBe(0)
      await ledger.expectBooksAgreeWithMedusa()
    })

    it("measured: mixed tax rates: returning and refunding a taxed craft takes back exactly that craft, at its own rate; the shipping keeps its own", async () => {
      const { order, payment, entries } = await paidOrder({ regionName: "United Kingdom", countryCode: "gb", items: [{ sku: "SS-SCARF-MAI", quantity: 1 }, { sku: "IL-NATIV-S", quantity: 1 }] })
      const item = order.items[1]
      const itemRows = entries.filter((e) => e.source_line_id === item.id)
      const shippingBefore = sum(entries, (e) => e.source === "shipping" && isMoney(e))
      await ledger.returnItems(order, [{ id: item.id, quantity: 1 }])
      await ledger.refund(payment.id, item.unit_price) // UK shelf prices include VAT: the buyer gets the price back
      const after = await ledger.waitForEntries(order.id, (e) => sum(e, (x) => x.source === "order" && x.account === "cis_operations") === 0)
      expect(sum(after, (e) => e.source_line_id === item.id && isMoney(e))).toBe(0)
      expect(sum(after, (e) => e.source_line_id === item.id && e.account === "tax_payable")).toBe(0)
      expect(sum(itemRows, (e) => e.account === "tax_payable")).toBeGreaterThan(0)
      expect(sum(after, (e) => e.source === "shipping" && isMoney(e))).toBe(shippingBefore)
      expect(sum(after, (e) => e.source_line_id === order.items[0].id && isMoney(e))).toBe(sum(entries, (e) => e.source_line_id === order.items[0].id && isMoney(e)))
      await ledger.expectBooksAgreeWithMedusa()
    })

    it("measured: an order edit (a quantity raised, a line added, the difference paid) reaches the books, line by line", async () => {
      const { order } = await paidOrder({ regionName: "European Union", countryCode: "de", items: [{ sku: "SS-SCARF-MAI", quantity: 1 }] })
      const { data } = await api.get("/admin/products?limit=100&fields=id,*variants", staff)
      const comal = (data.products as { variants: { id: string; sku: string }[] }[]).flatMap((p) => p.variants).find((v) => v.sku === "GJ-COMAL-25")!
      await ledger.editOrder(order.id, { quantities: [{ id: order.items[0].id, quantity: 3 }], add: [{ variant_id: comal.id, quantity: 1 }] })
      const edited = await ledger.adminOrder(order.id)
      expect(edited.items).toHaveLength(2)
      // Edited but not yet paid for: the new part waits for the buyer's money.
      const pending = await ledger.waitForEntries(order.id, (e) => e.some((x) => x.source_line_id === edited.items.find((i) => i.variant_id === comal.id)!.id))
      expect(sum(pending, (e) => e.state === "pending" && isMoney(e))).toBeGreaterThan(0)
      await ledger.expectBooksAgreeWithMedusa()

      await ledger.payOutstanding(order.id)
      const paid = await ledger.waitForEntries(order.id, (e) => sum(e, (x) => x.state === "pending" && isMoney(x)) === 0)
      const total = Number(toMinorUnits(String((await ledger.adminOrder(order.id)).total), "eur"))
      expect(sum(paid, (e) => e.state === "payable" && isMoney(e))).toBe(total)
      await ledger.expectBooksAgreeWithMedusa()
    })

    it("measured: rounding: random EUR and GBP orders, with and without a 10 % order promotion, hold exactly what was captured", async () => {
      await createPromotion(getContainer(), { code: "TENPCT", type: "percentage", value: 10, target: "order" })
      const skus = ["SS-SCARF-MAI", "IL-NATIV-S", "GJ-COMAL-25", "IL-SORP-VIL", "LP-CROSS-S", "SU-TOTE"]
      let seed = 20261206
      const random = (n: number) => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31
        return seed % n
      }
      for (let i = 0; i < 12; i++) {
        const region = i % 2 ? { regionName: "United Kingdom", countryCode: "gb" } : { regionName: "European Union", countryCode: ["de", "fr", "es", "it"][random(4)] }
        const lines = 1 + random(3)
        const items = Array.from({ length: lines }, (_, k) => ({ sku: skus[(random(skus.length) + k) % skus.length], quantity: 1 + random(2) }))
        const unique = [...new Map(items.map((item) => [item.sku, item])).values()]
        await paidOrder({ ...region, items: unique, promoCode: i % 3 === 0 ? "TENPCT" : undefined })
      }
      const report = await ledger.expectBooksAgreeWithMedusa()
      expect(report.orders_checked).toBe(12)
    })

    it("measured: a refund a cent beyond what was captured is refused, and nothing is recorded", async () => {
      const { order, payment } = await paidOrder({ regionName: "Canada", countryCode: "ca", items: [{ sku: "SS-SCARF-MAI", quantity: 1 }] })
      const captured = Number(toMinorUnits(String(payment.amount), "cad"))
      const before = (await ledger.entriesOf(order.id)).length
      for (const amount of [(captured + 1) / 100, `${(captured + 1) / 100}`]) {
        const refused = await settle(api.post(`/admin/payments/${payment.id}/refund`, { amount }, staff))
        expect(refused.status).toBe(400)
        expect(refused.data.message).toContain("amount")
      }
      await ledger.refund(payment.id, captured / 100 - 1)
      const over = await settle(api.post(`/admin/payments/${payment.id}/refund`, { amount: 1.01 }, staff))
      expect(over.status).toBe(400)
      const all = await ledger.waitForEntries(order.id, (e) => e.length > before)
      expect(sum(all, (e) => e.state === "payable" && isMoney(e))).toBe(100)
      await ledger.expectBooksAgreeWithMedusa()
    })

    it("a chargeback after a paid payout leaves a negative balance that the next payout carries", async () => {
      // The nativity's cooperative chose chargeback.
      const first = await paidOrder({ regionName: "United States", countryCode: "us", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })
      const coop = first.entries.find((e) => e.account === "cooperative")!.cooperative_id!
      const share = sum(first.entries, (e) => e.account === "cooperative")
      const balance = async () => ((await api.get(`/admin/cooperatives/${coop}/balances`, staff)).data.balances as Record<string, number>[]).find((b) => String(b.currency_code) === "usd")!
      const { data } = await api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff)
      expect(data.payout.amount).toBe(share)
      await api.post(`/admin/payouts/${data.payout.id}/mark-paid`, { reference: "CASH-7", paid_at: new Date().toISOString(), method: "cash", sent_amount: share, sent_currency_code: "usd" }, staff)
      expect(await balance()).toMatchObject({ paid: share, balance: 0 })

      // The buyer gets everything back after the cooperative was paid: its share is owed back.
      await ledger.refund(first.payment.id, first.payment.amount)
      await ledger.waitForEntries(first.order.id, (e) => sum(e, (x) => x.state === "payable" && isMoney(x)) === 0)
      expect(await balance()).toMatchObject({ paid: share, reversed: -share, balance: -share })
      const nothing = await settle(api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff))
      expect(nothing.status).toBe(400)
      expect(nothing.data.message).toContain("nothing to be paid")

      // The next sales pay the debt first: the next payout is what they earned less what is owed.
      const second = await paidOrder({ regionName: "United States", countryCode: "us", items: [{ sku: "IL-NATIV-S", quantity: 3 }] })
      const earned = sum(second.entries, (e) => e.account === "cooperative" && e.state === "payable")
      const next = (await api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff)).data.payout
      expect(next.amount).toBe(earned - share)
      expect(await balance()).toMatchObject({ in_draft_payouts: earned - share, balance: 0 })
      await ledger.expectBooksAgreeWithMedusa()
    })
  },
})
