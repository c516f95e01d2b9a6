import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { toMinorUnits } from "../../src/lib/currency"
import reconcileLedgerJob from "../../src/jobs/reconcile-ledger"
import { settle } from "./helpers/http"
import { placeOrder, type PlaceOrderInput } from "./helpers/orders"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(240_000)

type Entry = {
  id: string
  account: string
  type: string
  source: string
  source_line_id: string
  cooperative_id: string | null
  amount: number
  base_amount: number
  reason: string | null
  created_by: string
}
type AdminOrder = {
  id: string
  currency_code: string
  items: { id: string; quantity: number; product_id: string; unit_price: number }[]
  payment_collections: { payments: { id: string; amount: number }[] }[]
}

const ACCOUNTS = ["cooperative", "community_fund", "cis_operations"]
const sum = (entries: Entry[]) => entries.reduce((total, e) => total + e.amount, 0)
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
/** a × b / c rounded half up, as the reversal rule rounds a partial return. */
const scaled = (a: number, b: number, c: number) => Number((2n * BigInt(a) * BigInt(b) + BigInt(c)) / (2n * BigInt(c)))

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)

    const entriesOf = async (orderId: string) =>
      (await api.get(`/admin/ledger-entries?order_id=${orderId}&limit=500`, staff)).data.ledger_entries as Entry[]

    /** Subscribers write after the request returns: poll until the ledger holds `count` rows for the order. */
    async function waitForEntries(orderId: string, count: (entries: Entry[]) => boolean): Promise<Entry[]> {
      const deadline = Date.now() + 20_000
      for (;;) {
        const entries = await entriesOf(orderId)
        if (count(entries) || Date.now() > deadline) return entries
        await pause(200)
      }
    }

    async function ledgerIsConsistent() {
      const { data } = await api.get("/admin/ledger-check", staff)
      expect(data.problems).toEqual([])
      expect(data.ok).toBe(true)
    }

    async function adminOrder(orderId: string): Promise<AdminOrder> {
      const { data } = await api.get(`/admin/orders/${orderId}?fields=id,currency_code,*items,*payment_collections.payments`, staff)
      return data.order as AdminOrder
    }

    /** A placed, paid (captured) order with its sale recorded. */
    async function paidOrder(input: PlaceOrderInput) {
      const { order } = await placeOrder(api, store, input)
      const lines = input.items.length * 3 + 1
      const sales = await waitForEntries(order.id, (e) => e.length >= lines)
      expect(sales).toHaveLength(lines)
      const placed = await adminOrder(order.id)
      const payment = placed.payment_collections[0].payments[0]
      await api.post(`/admin/payments/${payment.id}/capture`, {}, staff)
      return { order: placed, payment, sales }
    }

    async function policies() {
      const { data } = await api.get("/admin/cooperatives?limit=50", staff)
      return new Map((data.cooperatives as { id: string; refund_policy: string }[]).map((c) => [c.id, c.refund_policy]))
    }

    async function returnItems(order: AdminOrder, items: { id: string; quantity: number }[]) {
      const { data: locations } = await api.get("/admin/stock-locations?limit=1", staff)
      const location_id = locations.stock_locations[0].id as string
      await api.post(`/admin/orders/${order.id}/fulfillments`, { items: order.items.map((i) => ({ id: i.id, quantity: i.quantity })), location_id }, staff)
      const { data } = await api.post("/admin/returns", { order_id: order.id, location_id }, staff)
      const returnId = data.return.id as string
      await api.post(`/admin/returns/${returnId}/request-items`, { items }, staff)
      await api.post(`/admin/returns/${returnId}/request`, {}, staff)
      await api.post(`/admin/returns/${returnId}/receive`, {}, staff)
      await api.post(`/admin/returns/${returnId}/receive-items`, { items }, staff)
      await api.post(`/admin/returns/${returnId}/receive/confirm`, {}, staff)
      return returnId
    }

    const net = (entries: Entry[], line: string, account?: string) =>
      sum(entries.filter((e) => e.source_line_id === line && (!account || e.account === account)))
    const sold = (sales: Entry[], line: string, account: string) => net(sales, line, account)

    it("takes back the returned share of each line under its cooperative's policy, and the refund paying for it takes nothing more", async () => {
      // The scarf's cooperative lets CIS absorb refunds; the nativity's chose chargeback.
      const { order, payment, sales } = await paidOrder({
        regionName: "United States",
        countryCode: "us",
        items: [{ sku: "SS-SCARF-MAI", quantity: 2 }, { sku: "IL-NATIV-S", quantity: 2 }],
      })
      const policyOf = await policies()
      const returnId = await returnItems(order, order.items.map((item) => ({ id: item.id, quantity: 1 })))
      const afterReturn = await waitForEntries(order.id, (e) => e.length > sales.length)
      const reversals = afterReturn.filter((e) => e.type === "reversal")
      expect(reversals.every((e) => e.amount < 0 && e.reason === `return ${returnId} received` && e.created_by === "system:order.return_received")).toBe(true)

      const seen = new Set<string>()
      for (const item of order.items) {
        const base = sales.find((e) => e.source_line_id === item.id)!.base_amount
        const half = scaled(base, 1, 2)
        expect(net(reversals, item.id)).toBe(-half)
        const cooperative = sales.find((e) => e.source_line_id === item.id)!.cooperative_id!
        const policy = policyOf.get(cooperative)!
        seen.add(policy)
        if (policy === "organization_absorbs") {
          expect(net(reversals, item.id, "cooperative")).toBe(0)
          expect(net(reversals, item.id, "cis_operations")).toBe(-half)
        } else {
          // Each account gives back its part: within a cent of half of what it got.
          for (const account of ACCOUNTS) expect(Math.abs(net(reversals, item.id, account) + sold(sales, item.id, account) / 2)).toBeLessThanOrEqual(1)
        }
      }
      expect(seen).toEqual(new Set(["organization_absorbs", "chargeback"]))
      expect(net(afterReturn, sales.find((e) => e.source === "shipping")!.source_line_id)).toBe(sales.find((e) => e.source === "shipping")!.amount)

      // The US region adds no tax, so the returned items' price is what the buyer gets back.
      const refund = order.items.reduce((total, item) => total + item.unit_price, 0)
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: refund }, staff)
      await pause(1500)
      expect(await entriesOf(order.id)).toHaveLength(afterReturn.length)
      await ledgerIsConsistent()
    })

    it("spreads a partial refund, net of VAT, over the order's lines; refunds the rest exactly; never twice", async () => {
      const { order, payment, sales } = await paidOrder({
        regionName: "European Union",
        countryCode: "de",
        items: [{ sku: "SS-SCARF-MAI", quantity: 1 }, { sku: "IL-NATIV-S", quantity: 1 }],
      })
      const paid = Number(toMinorUnits(String(payment.amount), "eur"))
      const netTotal = sum(sales)
      expect(netTotal).toBeLessThan(paid) // VAT is inside the price

      await api.post(`/admin/payments/${payment.id}/refund`, { amount: 10 }, staff)
      const first = await waitForEntries(order.id, (e) => e.length > sales.length)
      const firstReversals = first.filter((e) => e.type === "reversal")
      expect(sum(firstReversals)).toBe(-scaled(1000, netTotal, paid))
      expect(new Set(firstReversals.map((e) => e.source_line_id)).size).toBe(3) // both items and shipping
      expect(firstReversals.every((e) => e.created_by === "system:payment.refunded")).toBe(true)

      // Delivered again, the event finds nothing left to do.
      await getContainer().resolve(Modules.EVENT_BUS).emit([
        { name: "payment.refunded", data: { id: payment.id } },
        { name: "payment.refunded", data: { id: payment.id } },
      ])
      await pause(1500)
      expect(await entriesOf(order.id)).toHaveLength(first.length)

      // Refunding the rest takes back everything the sale recorded, and not a cent more.
      await api.post(`/admin/payments/${payment.id}/refund`, { amount: (paid - 1000) / 100 }, staff)
      const all = await waitForEntries(order.id, (e) => sum(e) === 0)
      expect(sum(all)).toBe(0)
      for (const line of new Set(sales.map((e) => e.source_line_id))) expect(net(all, line)).toBe(0)
      const tooMuch = await settle(api.post(`/admin/payments/${payment.id}/refund`, { amount: 1 }, staff))
      expect(tooMuch.status).toBeGreaterThanOrEqual(400)
      await pause(500)
      expect(sum(await entriesOf(order.id))).toBe(0)
      await ledgerIsConsistent()
    })

    it("the repair job records a sale whose event was lost and a cancellation never reversed, and a second run adds nothing", async () => {
      const container: MedusaContainer = getContainer()
      const cooperatives = container.resolve("cooperative") as { deleteLedgerEntries: (ids: string[]) => Promise<void> }

      // The process died after the order was placed and before its split was written: no rows.
      const lost = await paidOrder({ regionName: "Canada", countryCode: "ca", items: [{ sku: "SS-SCARF-MAI", quantity: 1 }] })
      await cooperatives.deleteLedgerEntries(lost.sales.map((e) => e.id))
      // The cancellation's event was lost too, for another order, after its sale was recorded.
      const canceled = await paidOrder({ regionName: "United States", countryCode: "us", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })
      await api.post(`/admin/orders/${canceled.order.id}/cancel`, {}, staff)
      const reversed = await waitForEntries(canceled.order.id, (e) => e.some((x) => x.type === "reversal"))
      const reversalIds = reversed.filter((e) => e.type === "reversal").map((e) => e.id)
      await cooperatives.deleteLedgerEntries(reversalIds)
      expect(await entriesOf(lost.order.id)).toEqual([])
      expect((await api.get("/admin/ledger-check", staff)).data.ok).toBe(true)

      const repaired = await reconcileLedgerJob(container)
      expect(repaired.failed).toBe(0)
      expect(repaired.written).toBe(lost.sales.length + reversalIds.length)

      const strip = (e: Entry) => [e.source_line_id, e.account, e.type, e.amount, e.base_amount]
      const restored = await entriesOf(lost.order.id)
      expect(restored.map(strip).sort()).toEqual(lost.sales.map(strip).sort())
      expect(restored.every((e) => e.created_by === "system:job.reconcile-ledger")).toBe(true)
      const reversedAgain = await entriesOf(canceled.order.id)
      expect(sum(reversedAgain)).toBe(0)
      expect(reversedAgain.map(strip).sort()).toEqual(reversed.map(strip).sort())

      expect((await reconcileLedgerJob(container)).written).toBe(0)
      await ledgerIsConsistent()
    })

    it("a cancellation processed before its sale was recorded still leaves the books balanced", async () => {
      const cooperatives = getContainer().resolve("cooperative") as { deleteLedgerEntries: (ids: string[]) => Promise<void> }
      const { order, sales } = await paidOrder({ regionName: "United States", countryCode: "us", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })
      await cooperatives.deleteLedgerEntries(sales.map((e) => e.id))
      await api.post(`/admin/orders/${order.id}/cancel`, {}, staff)
      const all = await waitForEntries(order.id, (e) => e.length > sales.length)
      expect(all.filter((e) => e.type === "sale")).toHaveLength(sales.length)
      expect(sum(all)).toBe(0)
      await ledgerIsConsistent()
    })

    it("a chargeback after a paid payout leaves a negative balance that the next payout carries", async () => {
      // The nativity's cooperative chose chargeback.
      const first = await paidOrder({ regionName: "United States", countryCode: "us", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })
      const share = first.sales.find((e) => e.account === "cooperative")!
      const coop = share.cooperative_id!
      expect((await policies()).get(coop)).toBe("chargeback")
      const balance = async () =>
        ((await api.get(`/admin/cooperatives/${coop}/balances`, staff)).data.balances as Record<string, number>[]).find((b) => String(b.currency_code) === "usd")!

      const { data } = await api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff)
      await api.post(
        `/admin/payouts/${data.payout.id}/mark-paid`,
        { reference: "CASH-7", paid_at: new Date().toISOString(), method: "cash", sent_amount: share.amount, sent_currency_code: "usd" },
        staff
      )
      expect(await balance()).toMatchObject({ paid: share.amount, balance: 0 })

      // The buyer gets everything back after the cooperative was paid: its share is owed back.
      await api.post(`/admin/payments/${first.payment.id}/refund`, { amount: first.payment.amount }, staff)
      await waitForEntries(first.order.id, (e) => sum(e) === 0)
      expect(await balance()).toMatchObject({ paid: share.amount, reversed: -share.amount, balance: -share.amount })
      const nothing = await settle(api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff))
      expect(nothing.status).toBe(400)
      expect(nothing.data.message).toContain("nothing to be paid")

      // The next sales pay the debt first: the next payout is what they earned less what is owed.
      const second = await paidOrder({ regionName: "United States", countryCode: "us", items: [{ sku: "IL-NATIV-S", quantity: 3 }] })
      const earned = second.sales.find((e) => e.account === "cooperative")!.amount
      const next = (await api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff)).data.payout
      expect(next).toMatchObject({ amount: earned - share.amount, entry_count: 2 })
      expect(await balance()).toMatchObject({ in_draft_payouts: earned - share.amount, balance: 0 })
      await ledgerIsConsistent()
    })

    it("exports a payout statement and a monthly summary that are spreadsheet-safe and add up", async () => {
      const { order, sales } = await paidOrder({ regionName: "United States", countryCode: "us", items: [{ sku: "SS-SCARF-MAI", quantity: 3 }] })
      const share = sales.find((e) => e.account === "cooperative")!
      const coop = share.cooperative_id!
      // A name with a comma, quotes, an accent and a formula start, as a careless import could bring.
      const name = '=Asociación "La Unión", Suchitoto'
      await api.post(`/admin/cooperatives/${coop}`, { name }, staff)
      const { data: created } = await api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff)
      const payout = created.payout as { id: string; amount: number; entry_count: number }
      await api.post(
        `/admin/payouts/${payout.id}/mark-paid`,
        { reference: "BA-1", paid_at: new Date().toISOString(), method: "bank_transfer", sent_amount: payout.amount, sent_currency_code: "usd" },
        staff
      )

      const statement = await api.get(`/admin/payouts/${payout.id}/statement.csv`, staff)
      expect(statement.headers["content-type"]).toMatch(/^text\/csv/)
      const lines = (statement.data as string).replace(/^\uFEFF/, "").trimEnd().split("\r\n")
      expect(lines[0]).toBe("order,order_date,entry_date,type,product,cooperative,currency,base,share_percent,amount,reason")
      expect(lines).toHaveLength(payout.entry_count + 2)
      expect(lines[1]).toContain(`"'=Asociación ""La Unión"", Suchitoto"`)
      expect(lines[1]).toMatch(new RegExp(`^#\\d+,\\d{4}-\\d{2}-\\d{2},`))
      expect(lines.at(-1)).toMatch(new RegExp(`^total,.*,USD,,,${(payout.amount / 100).toFixed(2)},$`))

      const month = new Date().toISOString().slice(0, 7)
      const summary = await api.get(`/admin/ledger-entries/monthly-summary.csv?month=${month}`, staff)
      const rows = (summary.data as string).replace(/^\uFEFF/, "").trimEnd().split("\r\n")
      expect(rows[0]).toBe(
        "month,cooperative,currency,orders,sales_base,cooperative_sales,cooperative_reversals,cooperative_adjustments,cooperative_net,community_fund_net,cis_operations_net,paid_out,payouts"
      )
      const row = rows.find((r) => r.includes("La Unión"))!
      const money = (minor: number) => (minor / 100).toFixed(2)
      expect(row).toBe(
        [month, `"'=Asociación ""La Unión"", Suchitoto"`, "USD", 1, money(share.base_amount), money(share.amount), "0.00", "0.00", money(share.amount),
          money(sales.find((e) => e.account === "community_fund" && e.source_line_id === share.source_line_id)!.amount),
          money(sum(sales.filter((e) => e.account === "cis_operations" && e.source_line_id === share.source_line_id))), money(payout.amount), 1].join(",")
      )
      expect(order.id).toBeTruthy()

      const { data: all } = await api.get("/admin/cooperative-balances", staff)
      expect(all.balances).toContainEqual(expect.objectContaining({ cooperative_id: coop, cooperative_name: name, currency_code: "usd", paid: payout.amount, balance: 0 }))

      const badMonth = await settle(api.get("/admin/ledger-entries/monthly-summary.csv?month=2026-13", staff))
      expect(badMonth.status).toBe(400)
      expect(badMonth.data.message).toContain("month")
      expect((await settle(api.get("/admin/payouts/payout_unknown/statement.csv", staff))).status).toBe(404)
      expect((await settle(api.get(`/admin/payouts/${payout.id}/statement.csv`))).status).toBe(401)
      expect((await settle(api.get("/admin/ledger-check"))).status).toBe(401)
      expect((await settle(api.get("/admin/ledger-check?fix=true", staff))).status).toBe(400)
      expect((await settle(api.get("/admin/cooperative-balances?currency=usd", staff))).status).toBe(400)
      expect((await settle(api.get("/admin/cooperative-balances"))).status).toBe(401)
      await ledgerIsConsistent()
    })
  },
})
