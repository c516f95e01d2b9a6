import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { integrationRunner } from "./helpers/runner"
import { retryFailedEmails } from "../../src/jobs/retry-emails"
import { placeOrder } from "./helpers/orders"
import { seededStore } from "./helpers/seeded-store"
import { addressOf, mailboxForThisFile } from "./helpers/smtp"

jest.setTimeout(240_000)

const mailbox = mailboxForThisFile()
const MINUTE = 60_000

type Row = { id: string; template: string; status: string; original_notification_id: string | null }

integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)
    beforeEach(() => {
      mailbox.messages.length = 0
    })
    const usOrder = (email: string, locale?: string) =>
      placeOrder(api, store, { regionName: "United States", countryCode: "us", email, locale, items: [{ sku: "SS-SCARF-MAI", quantity: 1 }] })
    const paymentId = async (orderId: string) =>
      (await api.get(`/admin/orders/${orderId}?fields=id,*payment_collections.payments`, staff)).data.order.payment_collections[0].payments[0].id as string
    const emailRows = async (to: string) =>
      (await (getContainer().resolve(Modules.NOTIFICATION) as INotificationModuleService).listNotifications({ to, channel: "email" })) as unknown as Row[]

    it("with the mail server down at order time the order is placed, and the email arrives once the server is back", async () => {
      await mailbox.stop()
      const { order } = await usOrder("offline@example.org", "en-US")
      expect(order.display_id).toBeGreaterThan(0)
      let rows: Row[] = []
      for (let tries = 0; tries < 50 && !rows.some((r) => r.status === "failure"); tries++) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        rows = await emailRows("offline@example.org")
      }
      expect(rows).toEqual([expect.objectContaining({ template: "order-placed", status: "failure" })])
      const container = getContainer()
      // Still down: the next attempt fails too, and waits longer before the third.
      expect((await retryFailedEmails(container, new Date(Date.now() + 6 * MINUTE))).retry).toBe(1)
      expect((await retryFailedEmails(container, new Date(Date.now() + 7 * MINUTE))).wait).toBe(1)
      expect((await emailRows("offline@example.org")).map((r) => r.status)).toEqual(["failure", "failure"])

      await mailbox.start()
      expect((await retryFailedEmails(container, new Date(Date.now() + 20 * MINUTE))).retry).toBe(1)
      const mail = await mailbox.waitFor((m) => addressOf(m) === "offline@example.org")
      expect(mail.subject).toBe(`Order CIS-${order.display_id} placed: your bank transfer details`)
      expect(mail.text).toContain("ABA routing number: 011000015")
      expect(mail.text).toContain(new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(order.total))
      const after = await emailRows("offline@example.org")
      expect(after.map((r) => r.status).sort()).toEqual(["failure", "failure", "success"])
      expect(after.filter((r) => r.original_notification_id).every((r) => r.original_notification_id === after.find((x) => !x.original_notification_id)!.id)).toBe(true)
      // Delivered: later runs leave it alone.
      expect((await retryFailedEmails(container, new Date(Date.now() + 60 * MINUTE))).done).toBe(1)
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(mailbox.messages.filter((m) => addressOf(m) === "offline@example.org")).toHaveLength(1)
    })

    it("shipped with tracking, refunded and cancelled: each email in the order's language with its numbers and links", async () => {
      const { order } = await usOrder("ship@example.org", "es-SV")
      await api.post(`/admin/orders/${order.id}/transfer-received`, {}, staff)
      const { data: full } = await api.get(`/admin/orders/${order.id}?fields=id,*items`, staff)
      const items = full.order.items.map((item: { id: string; quantity: number }) => ({ id: item.id, quantity: item.quantity }))
      await api.post(`/admin/orders/${order.id}/fulfillments`, { items }, staff)
      const { data: withFulfillment } = await api.get(`/admin/orders/${order.id}?fields=id,*fulfillments`, staff)
      const fulfillmentId = withFulfillment.order.fulfillments[0].id
      await api.post(
        `/admin/orders/${order.id}/fulfillments/${fulfillmentId}/shipments`,
        { items, labels: [{ tracking_number: "SV123456789", tracking_url: "https://tracking.example.org/SV123456789", label_url: "https://tracking.example.org/label.pdf" }] },
        staff
      )
      const shipped = await mailbox.waitFor((m) => addressOf(m) === "ship@example.org" && /va en camino/.test(m.subject ?? ""))
      expect(shipped.subject).toBe(`El pedido CIS-${order.display_id} va en camino`)
      expect(shipped.text).toContain("Número de seguimiento: SV123456789")
      expect(shipped.html).toContain('href="https://tracking.example.org/SV123456789"')

      await api.post(`/admin/payments/${await paymentId(order.id)}/refund`, { amount: 5 }, staff)
      const refunded = await mailbox.waitFor((m) => addressOf(m) === "ship@example.org" && /Reembolso/.test(m.subject ?? ""))
      expect(refunded.text).toContain(new Intl.NumberFormat("es-SV", { style: "currency", currency: "USD" }).format(5))

      // Staff cancel another unpaid order: the buyer hears the transfer did not arrive.
      const { order: other } = await usOrder("cancel@example.org", "en-US")
      await api.post(`/admin/orders/${other.id}/cancel`, {}, staff)
      const canceled = await mailbox.waitFor((m) => addressOf(m) === "cancel@example.org" && /cancelled/.test(m.subject ?? ""))
      expect(canceled.subject).toBe(`Order CIS-${other.display_id} was cancelled`)
      expect(canceled.text).toContain("We had not received your bank transfer")
    })

    it("coordinator invites and password resets, and a paid payout's statement, reach the coordinator and the cooperative by SMTP in Spanish", async () => {
      // The scarf's cooperative, so a sale of it can be paid out below.
      const { data: catalog } = await api.get("/store/products?limit=200&fields=id,variants.sku,*cooperative", store)
      const scarf = (catalog.products as { variants: { sku: string }[]; cooperative: { id: string; name: string } }[]).find((p) => p.variants.some((v) => v.sku === "SS-SCARF-MAI"))!
      const cooperative = scarf.cooperative
      const invited = await api.post(`/admin/cooperatives/${cooperative.id}/coordinators`, { email: "marta@coop.test", name: "Marta" }, staff)
      const invite = await mailbox.waitFor((m) => addressOf(m) === "marta@coop.test")
      expect(invite.subject).toContain(`Invitación al portal de ${cooperative.name}`)
      expect(invite.text).toContain(invited.data.invite_url)
      const token = new URL(invited.data.invite_url).searchParams.get("token")!
      await api.post("/coordinator/invites/accept", { token, password: "flores-de-izote-2026" })
      await api.post("/auth/coordinator/emailpass/reset-password", { identifier: "marta@coop.test" })
      const reset = await mailbox.waitFor((m) => addressOf(m) === "marta@coop.test" && /contraseña/.test(m.subject ?? ""))
      expect(reset.text).toMatch(/\/coop\/reset\?token=/)

      // A sale for this cooperative, paid, then paid out to its contact.
      await api.post(`/admin/cooperatives/${cooperative.id}`, { contact_email: "tesoreria@coop.test" }, staff)
      const { order } = await usOrder("payout-buyer@example.org")
      await api.post(`/admin/orders/${order.id}/transfer-received`, {}, staff)
      let payout
      for (let tries = 0; tries < 50 && !payout; tries++) {
        const attempt = await api.post("/admin/payouts", { cooperative_id: cooperative.id, currency_code: "usd" }, staff).catch(() => undefined)
        payout = attempt?.data.payout
        if (!payout) await new Promise((resolve) => setTimeout(resolve, 200))
      }
      await api.post(`/admin/payouts/${payout.id}/mark-paid`, { reference: "BA-2026-0042", paid_at: "2026-12-01", method: "bank_transfer", sent_amount: payout.amount, sent_currency_code: "usd" }, staff)
      const statement = await mailbox.waitFor((m) => addressOf(m) === "tesoreria@coop.test")
      expect(statement.subject).toBe(`Pago a ${cooperative.name}: ${new Intl.NumberFormat("es-SV", { style: "currency", currency: "USD" }).format(payout.amount / 100)} (ref. BA-2026-0042)`)
      expect(statement.text).toContain(`CIS-${order.display_id}`)
      expect(statement.text).toContain("transferencia bancaria")
    })
  },
})
