import { integrationRunner } from "./helpers/runner"
import { settle } from "./helpers/http"
import { ledgerHelpers, sum } from "./helpers/ledger"
import { placeOrder } from "./helpers/orders"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(240_000)

type Balance = { currency_code: string; pending: number; earned: number; advanced: number; in_draft_payouts: number; paid: number; balance: number }

integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)
    const ledger = ledgerHelpers(api, staff)

    /** Places a USD order for the scarf, the buyer pays (captured), and returns its cooperative and that cooperative's payable share. */
    async function sell(quantity = 1, pay = true) {
      const { order } = await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: "SS-SCARF-MAI", quantity }] })
      await ledger.waitForEntries(order.id, (e) => e.length > 0)
      if (pay) await ledger.capture(ledger.paymentsOf(await ledger.adminOrder(order.id))[0].id)
      const entries = await ledger.waitForEntries(order.id, (e) => !pay || e.some((x) => x.state === "payable"))
      const share = entries.find((e) => e.account === "cooperative")!
      return { order_id: order.id, cooperative_id: share.cooperative_id!, amount: sum(entries, (e) => e.account === "cooperative") }
    }
    const usdBalance = async (cooperative: string) =>
      ((await api.get(`/admin/cooperatives/${cooperative}/balances`, staff)).data.balances as Balance[]).find((b) => b.currency_code === "usd")!

    it("reserves payable unpaid entries in a draft (never an unpaid order's), pays it once, and keeps later sales for the next payout", async () => {
      const unpaid = await sell(1, false)
      const first = await sell(2)
      const coop = first.cooperative_id
      const created = await api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff)
      expect(created.status).toBe(201)
      expect(created.data.payout).toMatchObject({ status: "draft", amount: first.amount, currency_code: "usd" })
      const payoutId = created.data.payout.id as string
      expect(await usdBalance(coop)).toMatchObject({ pending: unpaid.amount, in_draft_payouts: first.amount, balance: 0, paid: 0 })

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
      expect(await usdBalance(coop)).toMatchObject({ pending: unpaid.amount, paid: first.amount, in_draft_payouts: 0, balance: later.amount })

      const twice = await settle(
        api.post(`/admin/payouts/${payoutId}/mark-paid`, { reference: "again", paid_at: "2026-12-01", method: "cash", sent_amount: 1, sent_currency_code: "usd" }, staff)
      )
      expect(twice.status).toBe(400)
      expect(twice.data.message).toContain("already paid")
      expect((await settle(api.post(`/admin/payouts/${payoutId}/cancel`, {}, staff))).status).toBe(400)
      expect((await api.get(`/admin/payouts/${payoutId}`, staff)).data.payout).toMatchObject({ status: "paid", reference: "BA-2026-11-0042" })

      const impact = (await api.get("/store/impact", store)).data.impact as { totals: { currency_code: string; cooperatives_paid: number }[] }
      expect(impact.totals.find((t) => t.currency_code === "usd")!.cooperatives_paid).toBe(first.amount)
      await ledger.expectBooksAgreeWithMedusa()
    })

    it("measured: a payout sent short in its own currency leaves the difference owed; sent beyond, the excess is netted next; in another currency, the rate is recorded", async () => {
      const sale = await sell(2)
      const coop = sale.cooperative_id
      const short = (await api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff)).data.payout
      await api.post(`/admin/payouts/${short.id}/mark-paid`, { reference: "BA-SHORT", paid_at: "2026-12-01", method: "bank_transfer", sent_amount: short.amount - 100, sent_currency_code: "usd" }, staff)
      // 1.00 was not sent: it is still owed, and the next payout carries it.
      expect(await usdBalance(coop)).toMatchObject({ paid: short.amount - 100, balance: 100 })
      const carry = (await api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff)).data.payout
      expect(carry.amount).toBe(100)
      await api.post(`/admin/payouts/${carry.id}/mark-paid`, { reference: "BA-REST", paid_at: "2026-12-02", method: "bank_transfer", sent_amount: 150, sent_currency_code: "usd" }, staff)
      // 0.50 too much was sent: the cooperative's balance nets it against its next sales.
      expect(await usdBalance(coop)).toMatchObject({ paid: short.amount - 100 + 150, balance: -50 })

      const later = await sell(1)
      const foreign = (await api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff)).data.payout
      expect(foreign.amount).toBe(later.amount - 50)
      const paid = await api.post(`/admin/payouts/${foreign.id}/mark-paid`, { reference: "BA-EUR", paid_at: "2026-12-03", method: "bank_transfer", sent_amount: 1000, sent_currency_code: "eur" }, staff)
      expect(paid.data.payout.exchange_rate).toMatch(/^\d+(\.\d+)?$/)
      expect(Number(paid.data.payout.exchange_rate)).toBeCloseTo(10 / (foreign.amount / 100), 6)
      expect(await usdBalance(coop)).toMatchObject({ balance: 0, in_draft_payouts: 0 })
      await ledger.expectBooksAgreeWithMedusa()
    })

    it("an advance is paid at once, shown on the balance and netted against the next payable sales; bad advances change nothing", async () => {
      const sale = await sell(1)
      const coop = sale.cooperative_id
      const advance = await api.post(
        "/admin/advances",
        { cooperative_id: coop, currency_code: "USD", amount: 5000, paid_at: "2026-12-01", reference: "ADV-1", method: "bank_transfer", reason: "Half of the hammock order, paid up front" },
        staff
      )
      expect(advance.status).toBe(201)
      expect(advance.data.advance).toMatchObject({ cooperative_id: coop, currency_code: "usd", amount: 5000, reference: "ADV-1" })
      expect(await usdBalance(coop)).toMatchObject({ advanced: -5000, balance: sale.amount - 5000 })
      expect((await api.get(`/admin/advances?cooperative_id=${coop}`, staff)).data.count).toBe(1)
      // As Medusa's lists: fields narrow the contract's row (query-config.ts), never reach past it.
      const [whole] = (await api.get(`/admin/advances?cooperative_id=${coop}`, staff)).data.advances
      expect(whole).toMatchObject({ reference: "ADV-1", reason: "Half of the hammock order, paid up front", created_by: expect.any(String) })
      expect(whole).not.toHaveProperty("deleted_at")
      const narrow = (await api.get(`/admin/advances?cooperative_id=${coop}&fields=reference,amount,deleted_at,bogus,*cooperative`, staff)).data
      expect(narrow).toMatchObject({ count: 1, advances: [{ id: advance.data.advance.id, reference: "ADV-1", amount: 5000 }] })
      expect(Object.keys(narrow.advances[0]).sort()).toEqual(["amount", "id", "reference"])
      // Less than the advance was earned since: nothing to pay until sales cover it.
      if (sale.amount < 5000) {
        const refused = await settle(api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff))
        expect(refused.status).toBe(400)
      }
      const more = await sell(4)
      const payout = (await api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff)).data.payout
      expect(payout.amount).toBe(sale.amount + more.amount - 5000)
      const statement = (await api.get(`/admin/payouts/${payout.id}/statement.csv`, staff)).data as string
      expect(statement).toContain("advance ADV-1: Half of the hammock order, paid up front")

      const count = async () => (await api.get("/admin/advances", staff)).data.count as number
      const good = { cooperative_id: coop, currency_code: "usd", amount: 100, paid_at: "2026-12-01", reference: "r", method: "cash", reason: "a good reason" }
      for (const [body, field] of [
        [{ ...good, amount: 0 }, "amount"],
        [{ ...good, amount: -5 }, "amount"],
        [{ ...good, amount: 1.5 }, "amount"],
        [{ ...good, currency_code: "xyz" }, "currency_code"],
        [{ ...good, method: "pigeon" }, "method"],
        [{ ...good, reason: "no" }, "reason"],
        [{ ...good, paid_at: "soon" }, "paid_at"],
        [{ ...good, payout_id: "p" }, "payout_id"],
      ] as const) {
        const response = await settle(api.post("/admin/advances", body, staff))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
      }
      expect((await settle(api.post("/admin/advances", { ...good, cooperative_id: "coop_unknown" }, staff))).status).toBe(404)
      expect((await settle(api.post("/admin/advances", good))).status).toBe(401)
      expect((await settle(api.get("/admin/advances?limit=0", staff))).status).toBe(400)
      // Every admin list bounds its page: no limit past its maximum, no offset past PostgreSQL's OFFSET, no text.
      for (const path of [
        "/admin/advances?offset=99999999999",
        "/admin/payouts?limit=201",
        "/admin/ledger-entries?limit=501",
        "/admin/stock-changes?offset=-1",
        "/admin/bank-transfer/statements?limit=abc",
        "/admin/cooperatives?limit=101",
        "/admin/cooperatives?offset=99999999999",
      ]) {
        expect([path, (await settle(api.get(path, staff))).status]).toEqual([path, 400])
      }
      expect(await count()).toBe(1)
      await ledger.expectBooksAgreeWithMedusa()
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
      expect(list.payouts[0]).toMatchObject({ entry_count: expect.any(Number), up_to: expect.any(String), created_by: expect.any(String) })
      expect(list.payouts[0]).not.toHaveProperty("deleted_at")
      // As Medusa's lists: fields narrow the contract's row (query-config.ts), never reach past it.
      const narrow = (await api.get(`/admin/payouts?cooperative_id=${sale.cooperative_id}&fields=status,updated_at,bogus,*cooperative`, staff)).data
      expect(narrow.count).toBe(2)
      expect((narrow.payouts as object[]).map((payout) => Object.keys(payout).sort())).toEqual([["id", "status"], ["id", "status"]])
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
  
    it("exports a payout statement and a monthly summary that are spreadsheet-safe and add up", async () => {
      const sale = await sell(3)
      const coop = sale.cooperative_id
      const entries = await ledger.entriesOf(sale.order_id)
      const line = entries.find((e) => e.account === "cooperative")!.source_line_id
      // A name with a comma, quotes, an accent and a formula start, as a careless import could bring.
      const name = '=Asociación "La Unión", Suchitoto'
      await api.post(`/admin/cooperatives/${coop}`, { name }, staff)
      const payout = (await api.post("/admin/payouts", { cooperative_id: coop, currency_code: "usd" }, staff)).data.payout as { id: string; amount: number; entry_count: number }
      await api.post(`/admin/payouts/${payout.id}/mark-paid`, { reference: "BA-1", paid_at: new Date().toISOString(), method: "bank_transfer", sent_amount: payout.amount, sent_currency_code: "usd" }, staff)

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
        "month,cooperative,currency,orders,sales_base,cooperative_sales,cooperative_reversals,cooperative_adjustments,cooperative_advances,cooperative_net,cooperative_pending,community_fund_net,cis_operations_net,tax_payable,card_fees,paid_out,payouts"
      )
      const row = rows.find((r) => r.includes("La Unión"))!.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)
      const money = (minor: number) => (minor / 100).toFixed(2)
      const payable = (account: string) => sum(entries, (e) => e.account === account && e.source_line_id === line && e.state === "payable")
      expect(row.slice(0, 4)).toEqual([month, `"'=Asociación ""La Unión"", Suchitoto"`, "USD", "1"])
      expect(row.slice(5, 12)).toEqual([money(payable("cooperative")), "0.00", "0.00", "0.00", money(payable("cooperative")), "0.00", money(payable("community_fund"))])
      expect(row.slice(-2)).toEqual([money(payout.amount), "1"])

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
      await ledger.expectBooksAgreeWithMedusa()
    })
  },
})
