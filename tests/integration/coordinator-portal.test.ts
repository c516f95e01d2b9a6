import { integrationRunner } from "./helpers/runner"
import { settle } from "./helpers/http"
import { placeOrder } from "./helpers/orders"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(240_000)

type Level = { location_id: string; stocked_quantity: number; reserved_quantity: number; available_quantity: number }
type Product = { id: string; title: string; variants: { id: string; sku: string; levels: Level[]; low_stock: boolean }[] }
const PASSWORD = "tierra-y-libertad-1992"

integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)

    /** Coordinator of the cooperative that makes `sku`, signed in; and the other cooperative's ids to probe with. */
    async function setUp() {
      const { products } = (await api.get("/store/products?limit=200&fields=id,*variants,*cooperative", store)).data as {
        products: { id: string; variants: { id: string; sku: string }[]; cooperative: { id: string } }[]
      }
      const bySku = (sku: string) => products.find((p) => p.variants.some((v) => v.sku === sku))!
      const mine = bySku("SS-SCARF-MAI")
      const theirs = bySku("IL-NATIV-S")
      const { order } = await placeOrder(api, store, {
        regionName: "United States",
        countryCode: "us",
        items: [{ sku: "SS-SCARF-MAI", quantity: 2 }, { sku: "IL-NATIV-S", quantity: 1 }],
      })
      for (let tries = 0; tries < 100 && (await api.get(`/admin/ledger-entries?order_id=${order.id}`, staff)).data.count === 0; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      // The other cooperative has a paid payout whose id a curious coordinator might try: from an order whose buyer
      // paid (shares are payable only once the money is captured; the order above stays awaiting its transfer).
      const { order: paid } = await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: "IL-NATIV-S", quantity: 1 }] })
      const { data: placed } = await api.get(`/admin/orders/${paid.id}?fields=*payment_collections.payments`, staff)
      await api.post(`/admin/payments/${placed.order.payment_collections[0].payments[0].id}/capture`, {}, staff)
      for (let tries = 0; tries < 100 && (await api.get(`/admin/ledger-entries?order_id=${paid.id}&state=payable`, staff)).data.count === 0; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      const draft = (await api.post("/admin/payouts", { cooperative_id: theirs.cooperative.id, currency_code: "usd" }, staff)).data.payout
      await api.post(
        `/admin/payouts/${draft.id}/mark-paid`,
        { reference: "B-1", paid_at: new Date().toISOString(), method: "cash", sent_amount: draft.amount, sent_currency_code: "usd" },
        staff
      )
      const { data } = await api.post(`/admin/cooperatives/${mine.cooperative.id}/coordinators`, { email: "coord@a.test", name: "Coordinadora A" }, staff)
      await api.post("/coordinator/invites/accept", { token: new URL(data.invite_url).searchParams.get("token"), password: PASSWORD })
      const { token } = (await api.post("/auth/coordinator/emailpass", { email: "coord@a.test", password: PASSWORD })).data
      return {
        me: { headers: { authorization: `Bearer ${token}` } },
        mine,
        theirs,
        order,
        theirVariant: theirs.variants[0]!.id,
        theirPayout: draft.id as string,
        myVariant: mine.variants.find((v) => v.sku === "SS-SCARF-MAI")!.id,
      }
    }

    it("shows a coordinator their own products, stock, orders and earnings, and lets them set stock with an audit trail", async () => {
      const { me, mine, theirs, order, myVariant } = await setUp()
      const products = (await api.get("/coordinator/products", me)).data.products as Product[]
      expect(products.map((p) => p.id)).toContain(mine.id)
      expect(products.map((p) => p.id)).not.toContain(theirs.id)
      const variant = products.flatMap((p) => p.variants).find((v) => v.id === myVariant)!
      const level = variant.levels[0]!
      expect(level.reserved_quantity).toBe(2)
      expect(level.available_quantity).toBe(level.stocked_quantity - 2)

      const belowReserved = await settle(api.post(`/coordinator/variants/${myVariant}/stock`, { quantity: 1 }, me))
      expect(belowReserved.status).toBe(400)
      expect(belowReserved.data.message).toContain("reserved")
      for (const body of [{ quantity: 2.5 }, { quantity: -1 }, { quantity: 5, cooperative_id: theirs.cooperative.id }, { quantity: 5, share_bps: 9000 }]) {
        expect((await settle(api.post(`/coordinator/variants/${myVariant}/stock`, body, me))).status).toBe(400)
      }
      const set = await api.post(`/coordinator/variants/${myVariant}/stock`, { quantity: 4, reason: "Dos se mancharon de tinta" }, me)
      expect(set.data.available_quantity).toBe(2)
      const after = ((await api.get("/coordinator/products", me)).data.products as Product[]).flatMap((p) => p.variants).find((v) => v.id === myVariant)!
      expect(after.levels[0]).toMatchObject({ stocked_quantity: 4, reserved_quantity: 2, available_quantity: 2 })
      expect(after.low_stock).toBe(true)
      const history = (await api.get(`/admin/stock-changes?variant_id=${myVariant}`, staff)).data.stock_changes
      expect(history).toEqual([
        expect.objectContaining({ from_quantity: level.stocked_quantity, to_quantity: 4, reason: "Dos se mancharon de tinta", coordinator_id: expect.stringMatching(/^coord_/) }),
      ])
      expect(history[0]).not.toHaveProperty("deleted_at")
      // As Medusa's lists: fields narrow the contract's row (query-config.ts), never reach past it.
      const narrow = (await api.get(`/admin/stock-changes?variant_id=${myVariant}&fields=to_quantity,deleted_at,bogus`, staff)).data
      expect(narrow).toMatchObject({ count: 1, stock_changes: [{ id: history[0].id, to_quantity: 4 }] })
      expect(Object.keys(narrow.stock_changes[0]).sort()).toEqual(["id", "to_quantity"])

      const orders = (await api.get("/coordinator/orders", me)).data
      expect(orders.count).toBe(1)
      expect(orders.orders[0]).toMatchObject({ display_id: order.display_id })
      expect(orders.orders[0].id).toBeUndefined()
      expect(orders.orders[0].items).toEqual([expect.objectContaining({ product_id: mine.id, quantity: 2 })])
      const text = JSON.stringify(orders)
      for (const secret of ["buyer@cis.test", "Test Street", "Ana", "Buyer", order.id]) expect(text).not.toContain(secret)
      // Paid by bank transfer and not yet received: listed apart from the orders to prepare until staff record the money.
      expect(orders.orders[0].awaiting_payment).toBe(true)
      expect((await api.get("/coordinator/orders?payment=ready", me)).data.count).toBe(0)
      expect((await api.get("/coordinator/orders?payment=awaiting", me)).data.orders).toEqual([expect.objectContaining({ display_id: order.display_id })])
      await api.post(`/admin/orders/${order.id}/transfer-received`, {}, staff)
      expect((await api.get("/coordinator/orders?payment=awaiting", me)).data.count).toBe(0)
      expect((await api.get("/coordinator/orders?payment=ready", me)).data.orders).toEqual([expect.objectContaining({ display_id: order.display_id, awaiting_payment: false })])

      // The transfer arrived: the cooperative's share moves from pending to payable (the ledger follows a moment later).
      let balances: { pending: number }[] = []
      for (let tries = 0; tries < 100; tries++) {
        balances = (await api.get("/coordinator/balances", me)).data.balances
        if (balances[0]?.pending === 0) break
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      const entries = (await api.get("/coordinator/ledger-entries", me)).data.ledger_entries as { amount: number; state: string }[]
      const payable = entries.filter((e) => e.state === "payable").reduce((total, e) => total + e.amount, 0)
      expect(payable).toBeGreaterThan(0)
      expect(entries.filter((e) => e.state === "pending").reduce((total, e) => total + e.amount, 0)).toBe(0)
      expect(balances).toEqual([expect.objectContaining({ currency_code: "usd", pending: 0, earned: payable, balance: payable })])
      expect((await api.get("/coordinator/payouts", me)).data.count).toBe(0)
      for (const [path, field] of [
        ["/coordinator/orders?limit=0", "limit"],
        ["/coordinator/orders?payment=paid", "payment"],
        ["/coordinator/ledger-entries?offset=-1", "offset"],
        ["/coordinator/payouts?status=paid", "status"],
        ["/coordinator/products?cooperative_id=x", "cooperative_id"],
        ["/coordinator/balances?currency=usd", "currency"],
        ["/admin/stock-changes?limit=0", "limit"],
      ] as const) {
        const response = await settle(api.get(path, path.startsWith("/admin") ? staff : me))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      }
    })

    it("gives a coordinator their payout statement in Spanish, named by cooperative and date; staff see the ledger's orders by number", async () => {
      const { theirs, theirPayout, order } = await setUp()
      const { data } = await api.post(`/admin/cooperatives/${theirs.cooperative.id}/coordinators`, { email: "coord@b.test", name: "Coordinador B" }, staff)
      await api.post("/coordinator/invites/accept", { token: new URL(data.invite_url).searchParams.get("token"), password: PASSWORD })
      const { token } = (await api.post("/auth/coordinator/emailpass", { email: "coord@b.test", password: PASSWORD })).data
      const them = { headers: { authorization: `Bearer ${token}` } }

      const spanish = await api.get(`/coordinator/payouts/${theirPayout}/statement.csv`, them)
      const lines = (spanish.data as string).replace(/^\uFEFF/, "").trimEnd().split("\r\n")
      expect(lines[0]).toBe("pedido,fecha_pedido,fecha_movimiento,tipo,producto,cooperativa,moneda,base,porcentaje,monto,motivo")
      expect(lines[1]).toMatch(/^#\d+,[\d-]+,[\d-]+,venta,/)
      expect(lines.at(-1)).toMatch(/^total,/)
      const { data: cooperative } = await api.get(`/admin/cooperatives/${theirs.cooperative.id}`, staff)
      const day = new Date().toISOString().slice(0, 10)
      expect(spanish.headers["content-disposition"]).toBe(`attachment; filename="liquidacion-${cooperative.cooperative.handle}-${day}.csv"`)
      expect(spanish.headers["content-disposition"]).not.toContain(theirPayout)

      const english = await api.get(`/coordinator/payouts/${theirPayout}/statement.csv?lang=en`, them)
      expect((english.data as string).replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(/^order,order_date,/)
      const bad = await settle(api.get(`/coordinator/payouts/${theirPayout}/statement.csv?lang=fr`, them))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toContain("lang")

      const { data: placed } = await api.get(`/admin/orders/${order.id}?fields=id,display_id`, staff)
      const { data: ledger } = await api.get(`/admin/ledger-entries?order_id=${order.id}`, staff)
      expect(ledger.ledger_entries.length).toBeGreaterThan(0)
      for (const entry of ledger.ledger_entries as { order_display_id: number | null }[]) expect(entry.order_display_id).toBe(placed.order.display_id)
    })

    it("answers another cooperative's ids exactly as unknown ones, and changes nothing", async () => {
      const { me, theirVariant, theirPayout } = await setUp()
      const stockBefore = (await api.get("/admin/stock-changes", staff)).data.count
      const probes: [string, () => Promise<unknown>][] = [
        ["their variant", () => api.post(`/coordinator/variants/${theirVariant}/stock`, { quantity: 0 }, me)],
        ["unknown variant", () => api.post("/coordinator/variants/variant_unknown/stock", { quantity: 0 }, me)],
        ["their payout statement", () => api.get(`/coordinator/payouts/${theirPayout}/statement.csv`, me)],
        ["unknown payout statement", () => api.get("/coordinator/payouts/payout_unknown/statement.csv", me)],
      ]
      const answers = []
      for (const [, probe] of probes) {
        const response = await settle(probe())
        answers.push(response.status)
      }
      expect(answers).toEqual([404, 404, 404, 404])
      expect((await api.get("/admin/stock-changes", staff)).data.count).toBe(stockBefore)
      for (const path of ["/coordinator/orders", "/coordinator/ledger-entries", "/coordinator/payouts"]) {
        expect(JSON.stringify((await api.get(path, me)).data)).not.toContain(theirPayout)
      }
    })
  },
})
