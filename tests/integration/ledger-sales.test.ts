import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { splitAmount } from "../../src/lib/allocation"
import { toMinorUnits } from "../../src/lib/currency"
import { reconcileOrderLedgerWorkflow } from "../../src/workflows/reconcile-order-ledger"
import { settle } from "./helpers/http"
import { createPromotion, placeOrder } from "./helpers/orders"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(180_000)

type Entry = {
  account: string
  type: string
  source: string
  source_line_id: string
  cooperative_id: string | null
  product_id: string | null
  currency_code: string
  amount: number
  base_amount: number
  share_bps: number
}
type Raw = { value: string }
type OrderRow = {
  id: string
  currency_code: string
  items: { id: string; product_id: string; raw_subtotal: Raw; raw_discount_subtotal: Raw }[]
  shipping_methods: { id: string; raw_subtotal: Raw; raw_discount_subtotal: Raw }[]
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)

    const entriesOf = async (orderId: string) =>
      (await api.get(`/admin/ledger-entries?order_id=${orderId}&limit=500`, staff)).data.ledger_entries as Entry[]

    /** The split is recorded by a subscriber, after the order is placed: wait for it. */
    async function waitForEntries(orderId: string, expected: number): Promise<Entry[]> {
      const deadline = Date.now() + 20_000
      for (;;) {
        const entries = await entriesOf(orderId)
        if (entries.length >= expected || Date.now() > deadline) return entries
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    }

    /** The order as the ledger must read it, fetched independently of the workflow. */
    async function orderRow(orderId: string): Promise<OrderRow> {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["id", "currency_code", "total", "items.*", "shipping_methods.*"],
        filters: { id: orderId },
      })
      return data[0] as unknown as OrderRow
    }

    async function cooperativeShares(productIds: string[]) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["id", "cooperative.id", "cooperative.share_bps"], filters: { id: productIds } })
      return new Map((data as { id: string; cooperative: { id: string; share_bps: number } }[]).map((p) => [p.id, p.cooperative]))
    }

    it.each([
      ["USD (tax added on top) with a 10 % promotion", "United States", "us", "usd", "TENPCT"],
      ["EUR (VAT included) with a 5 EUR promotion", "European Union", "de", "eur", "FIVEEUR"],
      ["GBP (VAT included) without promotion", "United Kingdom", "gb", "gbp", undefined],
    ])("records a placed %s order's split to the cent: three accounts per line, shipping to CIS", async (_case, regionName, countryCode, currency, promoCode) => {
      const container = getContainer()
      if (promoCode === "TENPCT") await createPromotion(container, { code: promoCode, type: "percentage", value: 10, target: "order" })
      if (promoCode === "FIVEEUR") {
        await createPromotion(container, { code: promoCode, type: "fixed", value: 5, currency_code: "eur", target: "order", is_tax_inclusive: true })
      }
      const { order } = await placeOrder(api, store, {
        regionName,
        countryCode,
        items: [{ sku: "SS-SCARF-MAI", quantity: 2 }, { sku: "IL-NATIV-S", quantity: 1 }],
        promoCode,
      })
      const row = await orderRow(order.id)
      const entries = await waitForEntries(order.id, row.items.length * 3 + row.shipping_methods.length)
      expect(entries).toHaveLength(row.items.length * 3 + row.shipping_methods.length)
      expect(entries.every((e) => e.type === "sale" && e.currency_code === currency)).toBe(true)

      const shares = await cooperativeShares(row.items.map((item) => item.product_id))
      for (const item of row.items) {
        const base = toMinorUnits(item.raw_subtotal.value, currency) - toMinorUnits(item.raw_discount_subtotal.value, currency)
        if (promoCode) expect(toMinorUnits(item.raw_discount_subtotal.value, currency)).toBeGreaterThan(0n)
        const cooperative = shares.get(item.product_id)!
        const parts = splitAmount(base, { cooperative_bps: cooperative.share_bps, community_fund_bps: 500 })
        const lineEntries = entries.filter((e) => e.source_line_id === item.id)
        expect(Object.fromEntries(lineEntries.map((e) => [e.account, BigInt(e.amount)]))).toEqual(parts)
        expect(lineEntries.every((e) => e.cooperative_id === cooperative.id && BigInt(e.base_amount) === base)).toBe(true)
        expect(lineEntries.find((e) => e.account === "cooperative")!.share_bps).toBe(cooperative.share_bps)
      }
      const shipping = row.shipping_methods[0]
      const shippingNet = toMinorUnits(shipping.raw_subtotal.value, currency) - toMinorUnits(shipping.raw_discount_subtotal.value, currency)
      expect(entries.filter((e) => e.source === "shipping")).toEqual([
        expect.objectContaining({ account: "cis_operations", amount: Number(shippingNet), cooperative_id: null, share_bps: 10_000 }),
      ])
    })

    it("records nothing new when the order is split again or its event arrives twice", async () => {
      const { order } = await placeOrder(api, store, {
        regionName: "Canada",
        countryCode: "ca",
        items: [{ sku: "SS-SCARF-MAI", quantity: 1 }],
      })
      const first = await waitForEntries(order.id, 4)
      expect(first).toHaveLength(4)

      const { result } = await reconcileOrderLedgerWorkflow(getContainer()).run({
        input: { order_id: order.id, trigger: "test", reason: "split again" },
      })
      expect(result.sales).toEqual([])
      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      await eventBus.emit([{ name: "order.placed", data: { id: order.id } }, { name: "order.placed", data: { id: order.id } }])
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await entriesOf(order.id)).toHaveLength(4)

      // And the database itself refuses a second sale row for the same line and account.
      const cooperatives = getContainer().resolve("cooperative") as { createLedgerEntries: (data: unknown) => Promise<unknown> }
      const { account, type, source, source_line_id, currency_code, amount, base_amount, share_bps } = first[0]
      await expect(
        cooperatives.createLedgerEntries({ account, type, source, source_line_id, currency_code, amount, base_amount, share_bps, created_by: "test" })
      ).rejects.toThrow()
    })

    it("reverses a cancelled order under each cooperative's refund policy, once", async () => {
      // SS-SCARF-MAI's cooperative lets CIS absorb refunds; IL-NATIV-S's chose chargeback in its assembly.
      const { order } = await placeOrder(api, store, {
        regionName: "United States",
        countryCode: "us",
        items: [{ sku: "SS-SCARF-MAI", quantity: 1 }, { sku: "IL-NATIV-S", quantity: 1 }],
      })
      const sales = await waitForEntries(order.id, 7)
      const row = await orderRow(order.id)
      const shares = await cooperativeShares(row.items.map((item) => item.product_id))
      const { data } = await api.get(`/admin/cooperatives?limit=50`, staff)
      const policyOf = new Map((data.cooperatives as { id: string; refund_policy: string }[]).map((c) => [c.id, c.refund_policy]))
      expect(new Set(row.items.map((item) => policyOf.get(shares.get(item.product_id)!.id)))).toEqual(
        new Set(["organization_absorbs", "chargeback"])
      )

      await api.post(`/admin/orders/${order.id}/cancel`, {}, staff)
      const all = await waitForEntries(order.id, sales.length + 1)
      await new Promise((resolve) => setTimeout(resolve, 500))
      const settled = await entriesOf(order.id)
      const net = (line: string, account: string) =>
        settled.filter((e) => e.source_line_id === line && e.account === account).reduce((sum, e) => sum + e.amount, 0)
      const sold = (line: string, account: string) =>
        sales.filter((e) => e.source_line_id === line && e.account === account).reduce((sum, e) => sum + e.amount, 0)
      for (const item of row.items) {
        const policy = policyOf.get(shares.get(item.product_id)!.id)
        if (policy === "chargeback") {
          for (const account of ["cooperative", "community_fund", "cis_operations"]) expect(net(item.id, account)).toBe(0)
        } else {
          // The cooperative and the fund keep their parts; CIS operations bears the whole line.
          expect(net(item.id, "cooperative")).toBe(sold(item.id, "cooperative"))
          expect(net(item.id, "community_fund")).toBe(sold(item.id, "community_fund"))
          const line = ["cooperative", "community_fund", "cis_operations"].reduce((sum, a) => sum + sold(item.id, a), 0)
          expect(net(item.id, "cis_operations")).toBe(sold(item.id, "cis_operations") - line)
        }
      }
      expect(net(row.shipping_methods[0].id, "cis_operations")).toBe(0)
      expect(settled.filter((e) => e.type === "reversal").every((e) => e.amount < 0)).toBe(true)
      expect(all.length).toBeGreaterThan(sales.length)

      const eventBus = getContainer().resolve(Modules.EVENT_BUS)
      await eventBus.emit([{ name: "order.canceled", data: { id: order.id } }])
      await new Promise((resolve) => setTimeout(resolve, 1500))
      expect(await entriesOf(order.id)).toHaveLength(settled.length)
    })

    it("sums each cooperative's balance per currency from its ledger rows", async () => {
      const usd = (await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: "SS-SCARF-MAI", quantity: 2 }, { sku: "IL-NATIV-S", quantity: 1 }] })).order
      const eur = (await placeOrder(api, store, { regionName: "European Union", countryCode: "de", items: [{ sku: "SS-SCARF-MAI", quantity: 1 }] })).order
      const usdRows = await waitForEntries(usd.id, 7)
      const eurRows = await waitForEntries(eur.id, 4)
      const scarfLine = (rows: Entry[]) => rows.find((e) => e.account === "cooperative" && e.product_id === eurRows.find((r) => r.account === "cooperative")!.product_id)!
      const scarfCoop = scarfLine(eurRows).cooperative_id!
      const nativityCoop = usdRows.find((e) => e.account === "cooperative" && e.cooperative_id !== scarfCoop)!.cooperative_id!

      // The nativity's cooperative chose chargeback: cancelling takes its share back.
      await api.post(`/admin/orders/${usd.id}/cancel`, {}, staff)
      await waitForEntries(usd.id, 8)
      await new Promise((resolve) => setTimeout(resolve, 500))

      const balances = async (id: string) =>
        (await api.get(`/admin/cooperatives/${id}/balances`, staff)).data.balances as Record<string, number | string | null>[]
      const scarf = await balances(scarfCoop)
      expect(scarf.map((b) => b.currency_code)).toEqual(["eur", "usd"])
      const scarfUsd = scarfLine(usdRows).amount
      expect(scarf.find((b) => b.currency_code === "usd")).toMatchObject({ earned: scarfUsd, reversed: 0, paid: 0, balance: scarfUsd })
      expect(scarf.find((b) => b.currency_code === "eur")).toMatchObject({ earned: scarfLine(eurRows).amount, balance: scarfLine(eurRows).amount })
      expect(scarf[0].oldest_unpaid_at).toEqual(expect.any(String))

      const nativityEarned = usdRows.find((e) => e.account === "cooperative" && e.cooperative_id === nativityCoop)!.amount
      expect(await balances(nativityCoop)).toEqual([
        expect.objectContaining({ currency_code: "usd", earned: nativityEarned, reversed: -nativityEarned, balance: 0 }),
      ])

      expect((await settle(api.get("/admin/cooperatives/coop_unknown/balances", staff))).status).toBe(404)
      expect((await settle(api.get(`/admin/cooperatives/${scarfCoop}/balances?currency=usd`, staff))).status).toBe(400)
      expect((await settle(api.get(`/admin/cooperatives/${scarfCoop}/balances`))).status).toBe(401)
    })

    it("records staff adjustments with their reason and author, refusing bad ones with 400 and unknown cooperatives with 404", async () => {
      const { data } = await api.get("/admin/cooperatives?limit=1", staff)
      const cooperative = (data.cooperatives as { id: string }[])[0].id
      const before = (await api.get(`/admin/cooperatives/${cooperative}/balances`, staff)).data.balances as { currency_code: string; balance: number }[]
      const usdBefore = before.find((b) => b.currency_code === "usd")?.balance ?? 0

      const created = await api.post(
        "/admin/ledger-entries/adjustments",
        { cooperative_id: cooperative, currency_code: "USD", amount: -250, reason: "Transport of the March parcel paid twice" },
        staff
      )
      expect(created.status).toBe(201)
      expect(created.data.ledger_entry).toMatchObject({
        type: "adjustment",
        account: "cooperative",
        source: "manual",
        amount: -250,
        currency_code: "usd",
        reason: "Transport of the March parcel paid twice",
        created_by: expect.stringMatching(/^user_/),
      })
      const after = (await api.get(`/admin/cooperatives/${cooperative}/balances`, staff)).data.balances as { currency_code: string; balance: number; adjusted: number }[]
      expect(after.find((b) => b.currency_code === "usd")).toMatchObject({ balance: usdBefore - 250, adjusted: -250 })

      const count = async () => (await api.get(`/admin/ledger-entries?type=adjustment`, staff)).data.count as number
      const adjustments = await count()
      for (const [body, field] of [
        [{ cooperative_id: cooperative, currency_code: "usd", amount: 0, reason: "nothing at all" }, "amount"],
        [{ cooperative_id: cooperative, currency_code: "usd", amount: 1.5, reason: "half a cent" }, "amount"],
        [{ cooperative_id: cooperative, currency_code: "usd", amount: 100 }, "reason"],
        [{ cooperative_id: cooperative, currency_code: "usd", amount: 100, reason: "ok" }, "reason"],
        [{ cooperative_id: cooperative, currency_code: "xyz", amount: 100, reason: "unknown money" }, "currency_code"],
        [{ cooperative_id: cooperative, currency_code: "usd", amount: 100, reason: "extra field", payout_id: "p" }, "payout_id"],
      ] as const) {
        const response = await settle(api.post("/admin/ledger-entries/adjustments", body, staff))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      }
      const unknown = await settle(
        api.post("/admin/ledger-entries/adjustments", { cooperative_id: "coop_unknown", currency_code: "usd", amount: 5, reason: "no such cooperative" }, staff)
      )
      expect(unknown.status).toBe(404)
      expect((await settle(api.post("/admin/ledger-entries/adjustments", {}))).status).toBe(401)
      expect(await count()).toBe(adjustments)
    })

    it("publishes impact totals per currency that match the ledger, with no order's figures", async () => {
      const usd = (await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: "SS-SCARF-MAI", quantity: 1 }] })).order
      const gbp = (await placeOrder(api, store, { regionName: "United Kingdom", countryCode: "gb", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })).order
      const rows = [...(await waitForEntries(usd.id, 4)), ...(await waitForEntries(gbp.id, 4))]
      const sum = (currency: string, account: string) =>
        rows.filter((e) => e.currency_code === currency && e.account === account).reduce((total, e) => total + e.amount, 0)

      const response = await api.get("/store/impact", store)
      const impact = response.data.impact as { totals: Record<string, number | string>[]; cooperatives: number; orders: number }
      expect(impact.orders).toBe(2)
      expect(impact.cooperatives).toBe(7)
      expect(impact.totals).toEqual([
        { currency_code: "gbp", cooperatives_earned: sum("gbp", "cooperative"), cooperatives_paid: 0, cooperatives_owed: sum("gbp", "cooperative"), community_fund: sum("gbp", "community_fund") },
        { currency_code: "usd", cooperatives_earned: sum("usd", "cooperative"), cooperatives_paid: 0, cooperatives_owed: sum("usd", "cooperative"), community_fund: sum("usd", "community_fund") },
      ])
      expect(JSON.stringify(response.data)).not.toContain("order_")
      expect((await settle(api.get("/store/impact?currency=usd", store))).status).toBe(400)
      expect((await settle(api.get("/store/impact"))).status).toBe(400)
    })

    it("filters the ledger for staff, refuses bad filters with 400 naming them, and answers 401 without a session", async () => {
      const { order } = await placeOrder(api, store, { regionName: "El Salvador", countryCode: "sv", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })
      await waitForEntries(order.id, 4)
      const filtered = async (query: string) => (await api.get(`/admin/ledger-entries?${query}`, staff)).data as { ledger_entries: Entry[]; count: number }
      expect((await filtered(`order_id=${order.id}&account=cooperative`)).count).toBe(1)
      expect((await filtered(`order_id=${order.id}&currency_code=USD`)).count).toBe(4)
      expect((await filtered(`order_id=${order.id}&currency_code=eur`)).count).toBe(0)
      const coop = (await filtered(`order_id=${order.id}&account=cooperative`)).ledger_entries[0].cooperative_id!
      expect((await filtered(`cooperative_id=${coop}&type=sale`)).count).toBe(3)
      expect((await filtered(`order_id=${order.id}&created_from=2000-01-01&created_to=2999-01-01`)).count).toBe(4)
      expect((await filtered(`order_id=${order.id}&created_to=2000-01-01`)).count).toBe(0)

      for (const [query, field] of [
        ["account=bank", "account"],
        ["type=gift", "type"],
        ["currency_code=dollars", "currency_code"],
        ["limit=0", "limit"],
        ["created_from=yesterday", "created_from"],
        ["created_from=2020-01-02&created_to=2020-01-01", "created_from"],
        ["amount=5", "amount"],
      ]) {
        const response = await settle(api.get(`/admin/ledger-entries?${query}`, staff))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      }
      expect((await settle(api.get("/admin/ledger-entries"))).status).toBe(401)
    })

    it("refuses to delete a cooperative with ledger history, even once it has no products", async () => {
      const { order } = await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })
      const entries = await waitForEntries(order.id, 4)
      const coopId = entries.find((e) => e.account === "cooperative")!.cooperative_id!
      const { data } = await api.get(`/admin/cooperatives/${coopId}`, staff)
      await api.post(`/admin/cooperatives/${coopId}/products`, { remove: (data.cooperative.products as { id: string }[]).map((p) => p.id) }, staff)

      const refused = await settle(api.delete(`/admin/cooperatives/${coopId}`, staff))
      expect(refused.status).toBe(409)
      expect(refused.data.message).toContain("ledger")
      expect((await api.get(`/admin/cooperatives/${coopId}`, staff)).status).toBe(200)
    })
  },
})
