/**
 * Random order lifecycles against the real app (Medusa's runner, real HTTP):
 * random orders (1-4 lines of different cooperatives, two currencies, VAT
 * included and tax on top, with and without order and item promotions), then
 * random sequences of full or partial capture, refund, return, order edit
 * and cancellation; now and then the rows of the last event are lost (a
 * crash) and the repair job has to find the order. After every step the
 * ledger check (the books against themselves and against Medusa) must pass.
 *
 * LEDGER_LIFECYCLES sets how many in all (50 by default), shared between the
 * files that call this suite so jest's two workers run them side by side;
 * LEDGER_SEED replays a run. Each part prints its seed first, and every
 * failure names it and the step.
 */
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationRunner } from "./runner"
import { toMinorUnits, fromMinorUnits } from "@cis/contract/currency"
import { reconcileOrders } from "../../../src/jobs/reconcile-ledger"
import { ledgerHelpers, pause } from "./ledger"
import { createPromotion, placeOrder } from "./orders"
import { seededStore } from "./seeded-store"


/** mulberry32: a small, well-known seeded generator, so a failing run can be replayed exactly. */
function generator(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { int: (n: number) => Math.floor(next() * n), chance: (p: number) => next() < p, pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] }
}

// One SKU per cooperative where possible, so an order's lines come from different cooperatives (the nativity's chose chargeback).
const SKUS = ["IL-NATIV-S", "SS-SCARF-MAI", "GJ-COMAL-25", "LP-CROSS-S", "SU-TOTE", "NZ-PETATE-S", "PQ-PACUN-NAT", "LL-COCO-CIR"]
const REGIONS = [
  { regionName: "European Union", countryCode: "de", currency: "eur" }, // VAT included
  { regionName: "European Union", countryCode: "it", currency: "eur" },
  { regionName: "Canada", countryCode: "ca", currency: "cad" }, // GST on top
] as const

type Payment = { id: string; amount: number; captured: number; refunded: number }

/** Part `part` of `parts`: its share of LEDGER_LIFECYCLES, on a database of its own. */
export function ledgerLifecycleSuite(part: number, parts: number): void {
  const TOTAL = Number(process.env.LEDGER_LIFECYCLES ?? 50)
  const LIFECYCLES = Math.floor(TOTAL / parts) + (part <= TOTAL % parts ? 1 : 0)
  const SEED = Number(process.env.LEDGER_SEED ?? (Date.now() + part) % 2 ** 31)
  jest.setTimeout(60_000 + LIFECYCLES * 40_000)

  integrationRunner({
    inApp: true,
    env: {},
    testSuite: ({ api, getContainer }) => {
      const { store, staff } = seededStore(api, getContainer)
      const ledger = ledgerHelpers(api, staff)

      async function payments(orderId: string): Promise<Payment[]> {
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({
          entity: "order",
          fields: ["currency_code", "payment_collections.payments.id", "payment_collections.payments.raw_amount", "payment_collections.payments.canceled_at", "payment_collections.payments.captures.raw_amount", "payment_collections.payments.refunds.raw_amount"],
          filters: { id: orderId },
        })
        type Raw = { value: string }
        const order = data[0] as {
          currency_code: string
          payment_collections: { payments: { id: string; raw_amount: Raw; canceled_at: string | null; captures: { raw_amount: Raw }[]; refunds: { raw_amount: Raw }[] }[] }[]
        }
        const minor = (raw: Raw) => Number(toMinorUnits(raw.value, order.currency_code))
        // An order edit cancels the payments it replaces: only live ones can be captured.
        return order.payment_collections.flatMap((c) => c.payments).filter((p) => !p.canceled_at).map((p) => ({
          id: p.id,
          amount: minor(p.raw_amount),
          captured: p.captures.reduce((s, c) => s + minor(c.raw_amount), 0),
          refunded: p.refunds.reduce((s, r) => s + minor(r.raw_amount), 0),
        }))
      }

      /** The check for this one order (and the books as a whole), polled until the subscribers are done. */
      async function expectOrderBooksRight(order: { id: string; created_at: string }, context: string) {
        const from = new Date(new Date(order.created_at).getTime() - 1).toISOString()
        const to = new Date(new Date(order.created_at).getTime() + 1).toISOString()
        const deadline = Date.now() + 15_000
        for (;;) {
          const { data } = await api.get(`/admin/ledger-check?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, staff)
          if (data.ok && data.orders_checked === 1) return
          if (Date.now() > deadline && process.env.LEDGER_DEBUG) {
            const { data: dump } = await getContainer().resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "order", fields: ["tax_total", "raw_tax_total", "items.*", "items.tax_lines.*", "items.adjustments.*", "shipping_methods.*", "shipping_methods.tax_lines.*", "shipping_methods.adjustments.*"], filters: { id: order.id } })
            process.stdout.write(`DUMP ${JSON.stringify(dump)}\n`)
          }
          if (Date.now() > deadline) throw new Error(`${context}: the books disagree: ${JSON.stringify({ problems: data.problems, disagreements: data.disagreements, checked: data.orders_checked })}`)
          await pause(250)
        }
      }

      it(`${LIFECYCLES} random order lifecycles keep every rule of the books after every step (LEDGER_SEED replays one)`, async () => {
        process.stdout.write(`ledger lifecycles, part ${part} of ${parts}: LEDGER_SEED=${SEED}, ${LIFECYCLES} of LEDGER_LIFECYCLES=${TOTAL}\n`)
        const random = generator(SEED)
        const container = getContainer()
        await createPromotion(container, { code: "TENPCT", type: "percentage", value: 10, target: "order" })
        await createPromotion(container, { code: "ITEMS3EUR", type: "fixed", value: 3, currency_code: "eur", target: "items" })
        await createPromotion(container, { code: "ITEMS2CAD", type: "fixed", value: 2, currency_code: "cad", target: "items" })
        // Enough stock for every lifecycle, and two policies in play (one more cooperative chooses chargeback).
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data: variants } = await query.graph({ entity: "product_variant", fields: ["id", "sku", "inventory_items.inventory_item_id"], filters: { sku: SKUS } })
        const inventory = container.resolve(Modules.INVENTORY)
        const levels = await inventory.listInventoryLevels({ inventory_item_id: (variants as { inventory_items: { inventory_item_id: string }[] }[]).flatMap((v) => v.inventory_items.map((i) => i.inventory_item_id)) })
        await inventory.updateInventoryLevels(levels.map((l) => ({ inventory_item_id: l.inventory_item_id, location_id: l.location_id, stocked_quantity: 100_000 })))
        const { data: coops } = await api.get("/admin/cooperatives?limit=50", staff)
        const scarfCoop = (coops.cooperatives as { id: string; handle: string }[]).find((c) => c.handle.includes("san-sebastian")) ?? coops.cooperatives[1]
        await api.post(`/admin/cooperatives/${scarfCoop.id}`, { refund_policy: "chargeback" }, staff)
        const variantOf = new Map((variants as { id: string; sku: string }[]).map((v) => [v.sku, v.id]))

        const steps: Record<string, number> = {}
        for (let n = 1; n <= LIFECYCLES; n++) {
          const region = random.pick(REGIONS)
          const lines = 1 + random.int(4)
          const skus = [...SKUS].sort(() => random.int(3) - 1).slice(0, lines)
          const promo = random.pick([undefined, "TENPCT", region.currency === "eur" ? "ITEMS3EUR" : "ITEMS2CAD"])
          const { order: placed } = await placeOrder(api, store, { regionName: region.regionName, countryCode: region.countryCode, items: skus.map((sku) => ({ sku, quantity: 1 + random.int(3) })), promoCode: promo })
          const order = { id: placed.id, created_at: (await ledger.adminOrder(placed.id)).created_at }
          const context = (step: string) => `LEDGER_SEED=${SEED}, lifecycle ${n} (order ${placed.display_id}, ${region.currency}, ${lines} lines, promo ${promo ?? "none"}), ${step}`
          await expectOrderBooksRight(order, context("placed"))

          let fulfilled = false
          let canceled = false
          const count = 1 + random.int(5)
          for (let s = 0; s < count && !canceled; s++) {
            const pays = await payments(order.id)
            const capturable = pays.filter((p) => p.captured < p.amount)
            const refundable = pays.filter((p) => p.captured > p.refunded)
            const current = await ledger.adminOrder(order.id)
            // Weighted: a cancellation ends the lifecycle, so it comes rarely.
            const options = [
              ...(capturable.length ? ["capture", "capture", "capture-part", "capture-part"] : []),
              ...(refundable.length ? ["refund", "refund"] : []),
              ...(fulfilled ? ["return", "return"] : ["fulfil-and-return", "fulfil-and-return", "edit", "edit", "cancel"]),
            ]
            const step = random.pick(options)
            steps[step] = (steps[step] ?? 0) + 1
            const money = (minor: number) => Number(fromMinorUnits(minor, region.currency))
            if (step === "capture" || step === "capture-part") {
              const p = random.pick(capturable)
              const left = p.amount - p.captured
              const amount = step === "capture" ? left : Math.max(1, Math.floor(left * (0.2 + 0.6 * random.int(100) / 100)))
              await ledger.capture(p.id, money(amount))
            } else if (step === "refund") {
              const p = random.pick(refundable)
              const left = p.captured - p.refunded
              await ledger.refund(p.id, money(random.chance(0.3) ? left : Math.max(1, random.int(left) + 1)))
            } else if (step === "fulfil-and-return" || step === "return") {
              const item = random.pick(current.items)
              const { data } = await api.get(`/admin/orders/${order.id}?fields=items.id,items.detail.return_received_quantity,items.detail.quantity`, staff)
              const detail = (data.order.items as { id: string; detail: { quantity: number; return_received_quantity: number } }[]).find((i) => i.id === item.id)!.detail
              const left = detail.quantity - detail.return_received_quantity
              if (left > 0) await ledger.returnItems(current, [{ id: item.id, quantity: 1 + random.int(left) }], !fulfilled)
              else if (!fulfilled) await ledger.returnItems(current, [], true).catch(() => undefined)
              fulfilled = true
            } else if (step === "edit") {
              const item = random.pick(current.items)
              const add = random.chance(0.5) ? [{ variant_id: variantOf.get(random.pick(SKUS))!, quantity: 1 }] : []
              await ledger.editOrder(order.id, { quantities: [{ id: item.id, quantity: Math.max(1, item.quantity + random.pick([-1, 1, 2])) }], add })
              const after = await payments(order.id)
              if (random.chance(0.6) && after.length === pays.length) {
                const outstanding = (await ledger.adminOrder(order.id)).payment_collections.find((c) => c.status === "not_paid" || c.status === "awaiting")
                if (outstanding) await ledger.payOutstanding(order.id)
              }
            } else if (step === "cancel") {
              await ledger.cancel(order.id)
              canceled = true
            }
            // Now and then the process "dies" before this step's rows are written: the repair job must find the order.
            if (random.chance(0.15)) {
              await pause(400)
              const rows = await ledger.entriesOf(order.id)
              const last = rows.filter((r) => r.transaction_id).sort((a, b) => (a.id < b.id ? 1 : -1))[0]
              if (last && rows.some((r) => r.transaction_id !== last.transaction_id)) {
                await (container.resolve("ledger") as { deleteLedgerEntries: (ids: string[]) => Promise<void> }).deleteLedgerEntries(rows.filter((r) => r.transaction_id === last.transaction_id).map((r) => r.id))
                const repaired = await reconcileOrders(container, [order.id], "test.crash", "repaired after a simulated crash")
                if (repaired.failed) throw new Error(`${context(`repair after ${step}`)}: ${JSON.stringify(repaired.failures)}`)
              }
            }
            await expectOrderBooksRight(order, context(`step ${s + 1}: ${step}`))
          }
        }
        process.stdout.write(`ledger lifecycles: ${LIFECYCLES} done, steps ${JSON.stringify(steps)}\n`)
        const { data } = await api.get("/admin/ledger-check", staff)
        expect(data.problems).toEqual([])
        expect(data.disagreements).toEqual([])
        expect(data.orders_checked).toBe(LIFECYCLES)
      })
    },
  })
}
