import { integrationRunner } from "./helpers/runner"
import { processUnpaidTransfers } from "../../src/jobs/unpaid-transfers"
import { settle } from "./helpers/http"
import { checkoutUntilPayment, placeOrder } from "./helpers/orders"
import { seededStore } from "./helpers/seeded-store"
import { addressOf, mailboxForThisFile } from "./helpers/smtp"

jest.setTimeout(240_000)

const mailbox = mailboxForThisFile()
const DAY = 24 * 60 * 60_000

integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)
    beforeEach(() => {
      mailbox.messages.length = 0
    })

    const euOrder = (email: string, locale = "es-SV", quantity = 1) =>
      placeOrder(api, store, { regionName: "European Union", countryCode: "es", email, locale, items: [{ sku: "SS-SCARF-MAI", quantity }] })
    const minor = (major: number) => Math.round(major * 100)
    const paymentOf = async (orderId: string) => (await api.get(`/store/orders/${orderId}/payment`, store)).data.payment

    it("a Spanish buyer's order by transfer: instructions with the exact amount on the store routes and in a Spanish email through SMTP", async () => {
      const { order } = await euOrder("lucia@example.org")
      const due = minor(order.total)
      const payment = await paymentOf(order.id)
      expect(payment).toMatchObject({ provider_id: "pp_system_default", captured: false })
      expect(payment.transfer).toMatchObject({
        amount_due: due,
        currency_code: "eur",
        reference: `CIS-${order.display_id}`,
        instructions: { iban: "DE89 3704 0044 0532 0130 00", swift_bic: "EXMPDEFFXXX", beneficiary: expect.stringContaining("CIS") },
      })
      // The deadline is the currency's days to pay (14 in the seed) after the order.
      const placedAt = new Date((await api.get(`/admin/orders/${order.id}?fields=created_at`, staff)).data.order.created_at).getTime()
      expect(new Date(payment.transfer.deadline).getTime() - placedAt).toBe(14 * DAY)

      const found = await api.post("/store/order-lookup", { email: "lucia@example.org", display_id: order.display_id }, store)
      expect(found.data.order.payment).toEqual(payment)

      const mail = await mailbox.waitFor((m) => addressOf(m) === "lucia@example.org")
      expect(mail.subject).toBe(`Pedido CIS-${order.display_id} realizado: datos para su transferencia`)
      expect(mail.from?.text).toContain("tienda@cis-crafts.test")
      const amount = new Intl.NumberFormat("es-SV", { style: "currency", currency: "EUR" }).format(due / 100)
      for (const body of [mail.text!, mail.html as string]) {
        expect(body).toContain(`Transfiera exactamente`)
        expect(body).toContain(amount)
        expect(body).toContain(`CIS-${order.display_id}`)
        expect(body).toContain("DE89 3704 0044 0532 0130 00")
        expect(body).toContain(`/order/confirmed/${order.id}`)
      }
      expect(mail.html).toContain('lang="es"')
      // One email per order, however often the event is delivered.
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(mailbox.messages.filter((m) => addressOf(m) === "lucia@example.org")).toHaveLength(1)
    })

    it("staff set instructions per currency (check digits verified); a currency without them is not offered the transfer, and says why", async () => {
      const { data: listed } = await api.get("/admin/bank-transfer/instructions", staff)
      expect(listed.currencies.map((c: { currency_code: string }) => c.currency_code)).toEqual(["cad", "eur", "gbp", "usd"])
      expect(listed.currencies.every((c: { has_instructions: boolean; is_example: boolean }) => c.has_instructions && c.is_example)).toBe(true)
      expect((await api.get("/store/bank-transfer/currencies", store)).data.currency_codes).toEqual(["cad", "eur", "gbp", "usd"])

      const body = { beneficiary: "CIS", bank_name: "Banco Cooperativo", iban: "DE89 3704 0044 0532 0130 00", swift_bic: "genodef1xxx", days_to_pay: 10 }
      const bad = [
        [{ ...body, iban: "DE89 3704 0044 0532 0130 01" }, "eur", "iban"],
        [{ ...body, extra: 1 }, "eur", "extra"],
        [{ ...body, days_to_pay: 0 }, "eur", "days_to_pay"],
        [{ ...body, iban: null, account_number: "123" }, "usd", "aba_routing"],
        [body, "xyz", "currency"],
      ] as const
      for (const [payload, currency, field] of bad) {
        const refused = await settle(api.post(`/admin/bank-transfer/instructions/${currency}`, payload, staff))
        expect([refused.status, refused.data.message]).toEqual([400, expect.stringContaining(field)])
      }
      const saved = await api.post("/admin/bank-transfer/instructions/eur", body, staff)
      expect(saved.data.instructions).toMatchObject({ currency_code: "eur", swift_bic: "GENODEF1XXX", iban: "DE89370400440532013000", is_example: false, days_to_pay: 10 })

      // A cart in GBP with a transfer session, then staff remove GBP's instructions.
      const pending = await checkoutUntilPayment(api, store, { regionName: "United Kingdom", countryCode: "gb", items: [{ sku: "SS-SCARF-MAI", quantity: 1 }] })
      await api.delete("/admin/bank-transfer/instructions/gbp", staff)
      expect((await settle(api.delete("/admin/bank-transfer/instructions/gbp", staff))).status).toBe(404)
      const { data: after } = await api.get("/admin/bank-transfer/instructions", staff)
      expect(after.currencies.find((c: { currency_code: string }) => c.currency_code === "gbp")).toEqual({
        currency_code: "gbp",
        region_names: ["United Kingdom"],
        has_instructions: false,
        is_example: false,
      })
      expect((await api.get("/store/bank-transfer/currencies", store)).data.currency_codes).toEqual(["cad", "eur", "usd"])
      const completed = await settle(api.post(`/store/carts/${pending.cart_id}/complete`, {}, store))
      expect(completed.status).toBe(400)
      expect(completed.data.message).toMatch(/Bank transfer is not available for payments in GBP/)
      const session = await settle(api.post(`/store/payment-collections/${pending.payment_collection_id}/payment-sessions`, { provider_id: "pp_system_default" }, store))
      expect([session.status, session.data.message]).toEqual([400, expect.stringMatching(/^provider_id: bank transfer is not available for payments in GBP/)])
      const { orders } = (await api.get("/admin/orders?fields=id,currency_code", staff)).data
      expect(orders.filter((o: { currency_code: string }) => o.currency_code === "gbp")).toEqual([])
      expect((await settle(api.get("/admin/bank-transfer/instructions"))).status).toBe(401)
    })

    it("transfer received: the payment is captured once and the buyer hears it in English; a paid or unknown order is refused", async () => {
      const { order } = await euOrder("paul@example.org", "en-US")
      const { data: awaiting } = await api.get("/admin/bank-transfer/awaiting", staff)
      expect(awaiting.orders).toEqual([
        expect.objectContaining({ order_id: order.id, reference: `CIS-${order.display_id}`, amount_due: minor(order.total), days_waiting: 0, reminder_sent_at: null }),
      ])
      const received = await api.post(`/admin/orders/${order.id}/transfer-received`, {}, staff)
      expect(received.data).toMatchObject({ order_id: order.id, amount_due: minor(order.total), captured_at: expect.any(String) })
      expect(await paymentOf(order.id)).toEqual({ provider_id: "pp_system_default", captured: true, transfer: null })
      const again = await settle(api.post(`/admin/orders/${order.id}/transfer-received`, {}, staff))
      expect([again.status, again.data.message]).toEqual([400, expect.stringMatching(/already received/)])
      expect((await settle(api.post("/admin/orders/order_nope/transfer-received", {}, staff))).status).toBe(404)
      expect((await settle(api.post(`/admin/orders/${order.id}/transfer-received`, { amount: 1 }, staff))).status).toBe(400)
      const { data: captured } = await api.get(`/admin/orders/${order.id}?fields=id,*payment_collections.payments.captures`, staff)
      expect(captured.order.payment_collections[0].payments[0].captures).toHaveLength(1)
      expect((await api.get("/admin/bank-transfer/awaiting", staff)).data.orders).toEqual([])

      const mail = await mailbox.waitFor((m) => addressOf(m) === "paul@example.org" && /Payment received/.test(m.subject ?? ""))
      expect(mail.subject).toBe(`Payment received for order CIS-${order.display_id}`)
      expect(mail.text).toContain(new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(order.total))
      expect(mail.text).toContain(`/order/confirmed/${order.id}`)
    })

    it("a bank statement CSV (semicolons, decimal comma) is matched by reference and amount; staff confirm, which captures; the same file twice captures nothing more", async () => {
      const exact = (await euOrder("exact@example.org")).order
      const short = (await euOrder("short@example.org")).order
      const over = (await euOrder("over@example.org")).order
      const decimal = (value: number) => (value / 100).toFixed(2).replace(".", ",")
      const csv = [
        "Fecha;Concepto;Importe;Moneda",
        `03/03/2026;TRANSFERENCIA DE LUCIA F. REF CIS-${exact.display_id};${decimal(minor(exact.total))};EUR`,
        `03/03/2026;Pedido ${short.display_id};${decimal(minor(short.total) - 500)};EUR`,
        `04/03/2026;"Gift, order #${over.display_id}";${decimal(minor(over.total) + 1000)};EUR`,
        `04/03/2026;Unknown payer 99999;12,00;EUR`,
        `05/03/2026;Comisión bancaria;-3,50;EUR`,
      ].join("\n")
      const imported = await api.post("/admin/bank-transfer/statements", { file_name: "marzo.csv", content: csv }, staff)
      const { statement } = imported.data
      expect(imported.status).toBe(201)
      expect(statement).toMatchObject({ file_name: "marzo.csv", credit_count: 4, duplicate_count: 0, skipped_count: 1 })
      const byRow = (row: number) => statement.lines.find((l: { row_number: number }) => l.row_number === row)
      expect(byRow(2)).toMatchObject({ status: "proposed", order_id: exact.id, amount: minor(exact.total), expected_amount: minor(exact.total), booked_on: "2026-03-03" })
      expect(byRow(3)).toMatchObject({ status: "partial", order_id: short.id, note: expect.stringContaining("5.00 EUR less") })
      expect(byRow(4)).toMatchObject({ status: "over", order_id: over.id, note: expect.stringContaining("10.00 EUR more") })
      expect(byRow(5)).toMatchObject({ status: "unmatched", order_id: null })

      const confirmed = await api.post(`/admin/bank-transfer/statements/${statement.id}/confirm`, { line_ids: [byRow(2).id, byRow(3).id, byRow(4).id] }, staff)
      expect(confirmed.data.results).toEqual([
        expect.objectContaining({ row_number: 2, captured: true }),
        expect.objectContaining({ row_number: 3, captured: false, message: expect.stringMatching(/row 3 is partial/) }),
        expect.objectContaining({ row_number: 4, captured: true }),
      ])
      expect((await paymentOf(exact.id)).captured).toBe(true)
      expect((await paymentOf(short.id)).captured).toBe(false)
      expect((await paymentOf(over.id)).captured).toBe(true)
      await mailbox.waitFor((m) => addressOf(m) === "exact@example.org" && /Recibimos el pago/.test(m.subject ?? ""))

      // The same file again: every line known, nothing proposed, nothing captured twice.
      const again = await api.post("/admin/bank-transfer/statements", { file_name: "marzo.csv", content: csv }, staff)
      expect(again.data.statement).toMatchObject({ credit_count: 4, duplicate_count: 4, lines: [] })
      const twice = await api.post(`/admin/bank-transfer/statements/${statement.id}/confirm`, { line_ids: [byRow(2).id] }, staff)
      expect(twice.data.results).toEqual([expect.objectContaining({ captured: false, message: expect.stringMatching(/not awaiting a bank transfer/) })])
      const { data: paid } = await api.get(`/admin/orders/${exact.id}?fields=id,*payment_collections.payments.captures`, staff)
      expect(paid.order.payment_collections[0].payments[0].captures).toHaveLength(1)

      // Bad files: 400 naming the row, and nothing stored.
      const before = (await api.get("/admin/bank-transfer/statements", staff)).data.count
      // The list carries the imports without their lines; fields narrow them (query-config.ts), never reach past them.
      const listed = (await api.get("/admin/bank-transfer/statements", staff)).data.statements
      expect(listed[0]).toMatchObject({ file_name: "marzo.csv", imported_by: expect.any(String), credit_count: 4 })
      expect(listed[0]).not.toHaveProperty("lines")
      const narrow = (await api.get("/admin/bank-transfer/statements?fields=file_name,lines,*lines,bogus", staff)).data.statements as object[]
      expect(narrow.map((row) => Object.keys(row).sort())).toEqual(listed.map(() => ["file_name", "id"]))
      for (const [content, message] of [
        ["Date,Description,Amount,Currency\n2026-03-01,CIS-1,12.00,EUR\n2026-13-01,CIS-2,5.00,EUR", /row 3: date "2026-13-01" is not a date/],
        ["Date,Description,Amount,Currency\n2026-03-01,CIS-1,12.x0,EUR", /row 2: amount "12.x0" is not a number/],
        ["Date,Description,Amount\n2026-03-01,CIS-1,12.00", /row 1: the header has no currency/],
        ["Date,Description,Amount,Currency\n2026-03-01,\"CIS-1,12.00,EUR", /row \d+: .*Quote Not Closed/i],
      ] as const) {
        const refused = await settle(api.post("/admin/bank-transfer/statements", { file_name: "bad.csv", content }, staff))
        expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(message)])
      }
      expect((await api.get("/admin/bank-transfer/statements", staff)).data.count).toBe(before)
      expect((await settle(api.post("/admin/bank-transfer/statements", { file_name: "x.csv" }, staff))).data.message).toMatch(/content/)
      expect((await settle(api.get("/admin/bank-transfer/statements/bstmt_nope", staff))).status).toBe(404)
    })

    it("the unpaid-transfers job on a controlled clock: a reminder after 5 days, cancellation after 14 with the stock back and the buyer told", async () => {
      const sku = "SS-SCARF-MAI"
      const available = async () => {
        const { data } = await api.get(`/store/products?limit=200&fields=id,variants.sku,+variants.inventory_quantity`, store)
        return (data.products as { variants: { sku: string; inventory_quantity: number }[] }[]).flatMap((p) => p.variants).find((v) => v.sku === sku)!.inventory_quantity
      }
      const stockBefore = await available()
      const { order } = await euOrder("late@example.org", "es-SV", 2)
      expect(await available()).toBe(stockBefore - 2)
      const placed = new Date((await api.get(`/admin/orders/${order.id}?fields=created_at`, staff)).data.order.created_at).getTime()
      const container = getContainer()

      expect(await processUnpaidTransfers(container, new Date(placed + 4 * DAY))).toEqual({ wait: 1, remind: 0, cancel: 0, failed: 0 })
      expect(await processUnpaidTransfers(container, new Date(placed + 5 * DAY + 60_000))).toEqual({ wait: 0, remind: 1, cancel: 0, failed: 0 })
      expect(await processUnpaidTransfers(container, new Date(placed + 6 * DAY))).toEqual({ wait: 1, remind: 0, cancel: 0, failed: 0 })
      const reminder = await mailbox.waitFor((m) => addressOf(m) === "late@example.org" && /Recordatorio/.test(m.subject ?? ""))
      expect(reminder.text).toContain(`CIS-${order.display_id}`)
      expect(reminder.text).toContain("DE89 3704 0044 0532 0130 00")
      const { data: listed } = await api.get("/admin/bank-transfer/awaiting", staff)
      expect(listed.orders[0]).toMatchObject({ order_id: order.id, reminder_sent_at: expect.any(String) })
      expect(new Date(listed.orders[0].cancels_at).getTime() - placed).toBe(14 * DAY)

      expect(await processUnpaidTransfers(container, new Date(placed + 14 * DAY + 60_000))).toEqual({ wait: 0, remind: 0, cancel: 1, failed: 0 })
      const { data: canceled } = await api.get(`/admin/orders/${order.id}?fields=status`, staff)
      expect(canceled.order.status).toBe("canceled")
      expect(await available()).toBe(stockBefore)
      const told = await mailbox.waitFor((m) => addressOf(m) === "late@example.org" && /cancelado/.test(m.subject ?? ""))
      expect(told.text).toContain("No recibimos su transferencia")
      expect(await processUnpaidTransfers(container, new Date(placed + 20 * DAY))).toEqual({ wait: 0, remind: 0, cancel: 0, failed: 0 })
      expect((await paymentOf(order.id)).transfer).toBeNull()
    })
  },
})
