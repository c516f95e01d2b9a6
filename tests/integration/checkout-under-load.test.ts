import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationRunner } from "./helpers/runner"
import cancelOrphanOrdersJob, { findOrphanOrders } from "../../src/jobs/cancel-orphan-orders"
import reconcileLedgerAtStartJob, { config as atStartConfig } from "../../src/jobs/reconcile-ledger-at-start"
import { config as missingSplitsConfig, recordMissingSplits } from "../../src/jobs/record-missing-splits"
import recoverInterruptedOrdersJob from "../../src/jobs/recover-interrupted-orders"
import { reconcileOrderBooksWorkflow } from "../../src/workflows/reconcile-order-books"
import { answerTimes, checkoutLoad, countBy } from "./helpers/checkout-load"
import { ledgerHelpers, pause } from "./helpers/ledger"
import { placeOrder } from "./helpers/orders"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(600_000)

/**
 * On Medusa's in-memory modules (one process). The same burst over Redis, as
 * the store runs with several instances, is checkout-under-load-redis.test.ts.
 */
// The runner's axios answers are loosely typed JSON.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
type LedgerService = { deleteLedgerEntries: (ids: string[]) => Promise<void> }

const SKU = "IL-MARKET"

integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)
    const ledger = ledgerHelpers(api, staff)

    const { setStock, readyCarts, completeAtOnce, reservedOf, ordersOf, expectSoldOutForLateBuyers } = checkoutLoad(api, getContainer, store)

    describe("no buyer refused while stock lasts", () => {
      it("N buyers on stock N all get their order, none a 409; the wait grows with N (printed)", async () => {
        const figures: string[] = []
        for (const n of [10, 30]) {
          const { variantId } = await setStock(SKU, n)
          const before = await ordersOf(variantId)
          const carts = await readyCarts(variantId, n)
          const answers = await completeAtOnce(carts)
          const statuses = answers.map((a) => a.response.status)
          const last = Math.max(...answers.map((a) => a.ms))
          const refusals = [...new Set(answers.filter((a) => a.response.status !== 200).map((a) => `${a.response.status} ${String(a.response.data.message)} after ${a.ms} ms`))]
          process.stdout.write(`checkout under load: ${n} buyers on stock ${n}: answers ${JSON.stringify(countBy(statuses))}, last answer after ${last} ms ${refusals.join("; ")}\n`)
          expect(statuses.filter((s) => s === 409)).toEqual([])
          expect(answers.map((a) => a.response.data.type)).toEqual(carts.map(() => "order"))
          expect((await ordersOf(variantId)) - before).toBe(n)
          const { p50, last: lastAnswer } = answerTimes(answers)
          figures.push(`${n} buyers at once on stock ${n}: ${n} orders, median answer ${p50} ms, last ${lastAnswer} ms`)
        }
        process.stdout.write(`checkout under load: ${figures.join("; ")}\n`)
      })

      it("N buyers on stock N-k: exactly N-k orders, and k answers say the craft is sold out (400), none a 409", async () => {
        const n = 20
        const k = 6
        const { orders, refused } = await expectSoldOutForLateBuyers(SKU, n, k)
        process.stdout.write(`checkout under load: ${n} buyers on stock ${n - k}: ${orders.length} orders, ${refused.length} sold out (${refused[0]?.response.data.message})\n`)
      })

      it("one cart completed five times at once stays one order", async () => {
        const { variantId } = await setStock(SKU, 5)
        const [cart] = await readyCarts(variantId, 1)
        const answers = await completeAtOnce(Array(5).fill(cart))
        expect(answers.map((a) => a.response.status)).toEqual(Array(5).fill(200))
        expect(new Set(answers.map((a) => (a.response.data.order as Json)?.id)).size).toBe(1)
        expect(await ordersOf(variantId)).toBe(1)
      })
    })

    describe("no split dropped", () => {
      it("a paid order whose split event was lost gets its split from the every-minute job (for real, within 90 s) and from the start-up repair", async () => {
        const ledgerModule = getContainer().resolve("ledger") as LedgerService
        const { order } = await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: SKU, quantity: 1 }] })
        const placed = await ledger.waitForEntries(order.id, (e) => e.length > 0)
        expect(placed.length).toBeGreaterThan(0)
        // The process died with the event: the order stands, its split never written.
        await ledgerModule.deleteLedgerEntries(placed.map((e) => e.id))
        const lostAt = Date.now()
        // Medusa's scheduler runs the job every minute; the order is found once its subscriber's grace passed.
        let rows: Json[] = []
        while (Date.now() - lostAt < 95_000) {
          rows = await ledger.entriesOf(order.id)
          if (rows.length) break
          await pause(2000)
        }
        expect(rows.length).toBe(placed.length)
        // Written by a scheduled job, not by a subscriber (the quarter-hour repair may come first).
        expect(rows.every((e: Json) => String(e.created_by).startsWith("system:job."))).toBe(true)
        process.stdout.write(`lost split recorded by ${rows[0].created_by} ${Date.now() - lostAt} ms after it was lost\n`)
        expect(missingSplitsConfig.schedule).toBe("* * * * *")

        // After a restart without Redis, the start-up run repairs the month at once (Medusa runs it one second after start,
        // before this test's order exists, so the handler is called here).
        await ledgerModule.deleteLedgerEntries(rows.map((e: Json) => e.id))
        const repaired = await reconcileLedgerAtStartJob(getContainer())
        expect(repaired.failed).toBe(0)
        expect((await ledger.entriesOf(order.id)).length).toBe(placed.length)
        expect(atStartConfig.schedule).toEqual({ interval: 1000, numberOfExecutions: 1 })
        await ledger.expectBooksAgreeWithMedusa()
      })

      it("the every-minute job reads the day's orders in bounded pages, in a stable order, and records every lost split", async () => {
        const ledgerModule = getContainer().resolve("ledger") as LedgerService
        const lost: string[] = []
        for (let i = 0; i < 3; i++) {
          const { order } = await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: SKU, quantity: 1 }] })
          const placed = await ledger.waitForEntries(order.id, (e) => e.length > 0)
          await ledgerModule.deleteLedgerEntries(placed.map((e) => e.id))
          lost.push(order.id)
        }
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const graph = jest.spyOn(query, "graph")
        try {
          const done = await recordMissingSplits(getContainer(), { graceMs: 0, pageSize: 2 })
          expect(done).toMatchObject({ checked: 3, failed: 0 })
          // Its reads of the orders: pages of two, the same order each time, walking on until a short page.
          const reads = graph.mock.calls.map(([q]) => q as Json).filter((q) => q.entity === "order" && q.pagination?.order)
          expect(reads.map((q) => [q.pagination.skip, q.pagination.take])).toEqual([
            [0, 2],
            [2, 2],
          ])
          for (const q of reads) expect(q.pagination.order).toEqual({ created_at: "ASC", id: "ASC" })
        } finally {
          graph.mockRestore()
        }
        for (const id of lost) expect((await ledger.entriesOf(id)).length).toBeGreaterThan(0)
        await ledger.expectBooksAgreeWithMedusa()
      })

      it("an order linked to its cart but never reserved nor authorised is finished by the recovery job, or cancelled when its stock is gone", async () => {
        const container = getContainer()
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { variantId } = await setStock(SKU, 1)
        const reservedBefore = await reservedOf(variantId)
        const carts = await readyCarts(variantId, 2)
        // What a completion killed right after its order and cart link leaves (the links, reservation and authorisation
        // run after the order row; here nothing after the cart link happened).
        const orders: string[] = []
        for (const cartId of carts) {
          const { data } = await query.graph({ entity: "cart", fields: ["id", "email", "region_id", "sales_channel_id", "currency_code", "items.*"], filters: { id: cartId } })
          const cart = data[0] as Json
          const [order] = await container.resolve(Modules.ORDER).createOrders([
            {
              email: cart.email,
              region_id: cart.region_id,
              sales_channel_id: cart.sales_channel_id,
              currency_code: cart.currency_code,
              items: cart.items.map((i: Json) => ({ title: i.title, variant_id: i.variant_id, product_id: i.product_id, quantity: i.quantity, unit_price: i.unit_price })),
            },
          ] as Json)
          await container.resolve(ContainerRegistrationKeys.LINK).create([{ [Modules.ORDER]: { order_id: order.id }, [Modules.CART]: { cart_id: cartId } }])
          orders.push(order.id)
        }
        // One unit for two such orders: the older is finished, the other finds the stock gone.
        const result = await recoverInterruptedOrdersJob(container, { olderThanMs: 0 })
        expect(result.finished).toHaveLength(1)
        expect(result.canceled).toHaveLength(1)
        const { data } = await query.graph({
          entity: "order",
          fields: ["id", "status", "items.id", "payment_collections.status", "payment_collections.payments.id", "cart.completed_at"],
          filters: { id: orders },
        })
        const byId = new Map((data as Json[]).map((o) => [o.id, o]))
        const finished = byId.get(result.finished[0])
        expect(finished.status).toBe("pending")
        expect(finished.payment_collections[0].payments).toHaveLength(1)
        expect(finished.cart.completed_at).toBeTruthy()
        const canceled = byId.get(result.canceled[0])
        expect(canceled.status).toBe("canceled")
        expect(canceled.payment_collections.flatMap((pc: Json) => pc.payments ?? [])).toEqual([])
        const inventory = container.resolve(Modules.INVENTORY)
        expect(await inventory.listReservationItems({ line_item_id: canceled.items.map((i: Json) => i.id) })).toEqual([])
        expect(await reservedOf(variantId)).toBe(reservedBefore + 1)
        // The finished order's split is booked (order.placed), the cancelled one's nets to nothing; nothing left to recover.
        await ledger.waitForEntries(finished.id, (e) => e.length > 0)
        await ledger.expectBooksAgreeWithMedusa()
        expect(await recoverInterruptedOrdersJob(container, { olderThanMs: 0 })).toEqual({ finished: [], canceled: [], skipped: [] })
      })

      it("an order left without cart and payment collection by a crash mid-completion is never booked, and the recovery job cancels it and frees its stock", async () => {
        const container = getContainer()
        const { order: paid } = await placeOrder(api, store, { regionName: "United States", countryCode: "us", items: [{ sku: SKU, quantity: 1 }] })
        await ledger.waitForEntries(paid.id, (e) => e.length > 0)
        const orderModule = container.resolve(Modules.ORDER)
        const query = container.resolve(ContainerRegistrationKeys.QUERY)
        const { data } = await query.graph({ entity: "order", fields: ["email", "region_id", "sales_channel_id", "items.*", "shipping_methods.*"], filters: { id: paid.id } })
        const source = data[0] as Json
        // What the first step of cart completion writes before the process dies: the order row, nothing linked to it;
        // the buyer's retry then completed the same cart (the paid order).
        const orderLike = (email: string) => ({
          region_id: source.region_id,
          sales_channel_id: source.sales_channel_id,
          currency_code: "usd",
          email,
          items: source.items.map((i: Json) => ({ title: i.title, variant_id: i.variant_id, product_id: i.product_id, quantity: i.quantity, unit_price: i.unit_price })),
        })
        // An order staff made (e.g. a converted draft order) is just as bare, but matches no buyer's checkout: never touched.
        const [orphan, staffMade] = await orderModule.createOrders([orderLike(source.email), orderLike("walk-in.buyer@cis.test")] as Json)
        // The crash came after the reservation (the links and the reservation are written side by side).
        const variantId = source.items[0].variant_id
        const reservedBefore = await reservedOf(variantId)
        const { data: variants } = await query.graph({ entity: "variant", fields: ["inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.location_id"], filters: { id: variantId } })
        const link = (variants[0] as Json).inventory_items[0]
        const { data: orphanRows } = await query.graph({ entity: "order", fields: ["items.id"], filters: { id: orphan.id } })
        await container.resolve(Modules.INVENTORY).createReservationItems([
          { inventory_item_id: link.inventory_item_id, location_id: link.inventory.location_levels[0].location_id, quantity: 1, line_item_id: (orphanRows[0] as Json).items[0].id },
        ])
        expect(await reservedOf(variantId)).toBe(reservedBefore + 1)

        const { result } = await reconcileOrderBooksWorkflow(container).run({ input: { order_id: orphan.id, trigger: "test", reason: "test" } })
        expect(result.written).toBe(0)
        expect(await recordMissingSplits(container, { graceMs: 0 })).toMatchObject({ written: 0 })
        expect(await ledger.entriesOf(orphan.id)).toEqual([])
        await ledger.expectBooksAgreeWithMedusa()

        // Not yet: a completion may still be under way for ten minutes (the cart lock lives two).
        expect(await findOrphanOrders(container)).toEqual([])
        const recovered = await cancelOrphanOrdersJob(container, { olderThanMs: 0 })
        expect(recovered.canceled).toEqual([orphan.id])
        const { data: after } = await query.graph({ entity: "order", fields: ["id", "status"], filters: { id: [orphan.id, paid.id, staffMade.id] } })
        expect(Object.fromEntries((after as Json[]).map((o) => [o.id, o.status]))).toEqual({ [orphan.id]: "canceled", [paid.id]: "pending", [staffMade.id]: "pending" })
        // Its unit is free again; the paid order keeps its own.
        expect(await reservedOf(variantId)).toBe(reservedBefore)
        await pause(1000)
        expect(await ledger.entriesOf(orphan.id)).toEqual([])
        await ledger.expectBooksAgreeWithMedusa()
        expect((await cancelOrphanOrdersJob(container, { olderThanMs: 0 })).found).toBe(0)
      })
    })
  },
})
