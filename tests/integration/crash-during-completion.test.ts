import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { integrationRunner } from "./helpers/runner"
import cancelOrphanOrdersJob from "../../src/jobs/cancel-orphan-orders"
import recoverInterruptedOrdersJob, { isInterrupted } from "../../src/jobs/recover-interrupted-orders"
import { recordMissingSplits } from "../../src/jobs/record-missing-splits"
import { freePort } from "../../scripts/lib/ports"
import { ledgerHelpers, pause } from "./helpers/ledger"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(900_000)

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any
const ROOT = path.resolve(__dirname, "../..")
const SKU = "IL-MARKET"
const CARTS_PER_KILL = 6
const SLOW_AUTHORIZATION = path.join(__dirname, "helpers/slow-authorization.cjs")

/**
 * A real backend process (`medusa start` on this checkout's sources, as
 * `medusa develop` runs it) on the test's database, in the default shared
 * mode without Redis: the store as one process runs it.
 */
async function startBackend(databaseUrl: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<{ url: string; child: ChildProcess; exited: Promise<unknown> }> {
  const port = await freePort()
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/@medusajs/cli/cli.js"), "start"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: "development", DISABLE_MEDUSA_ADMIN: "true", REDIS_URL: "", LOG_LEVEL: "error", ...extraEnv },
    stdio: ["ignore", "ignore", "pipe"],
  })
  let errors = ""
  child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()))
  const exited = new Promise((resolve) => child.on("exit", resolve))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 180_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the backend exited before it was ready: ${errors}`)
    const ok = await fetch(`${url}/health`).then((r) => r.ok, () => false)
    if (ok) return { url, child, exited }
    if (Date.now() > deadline) throw new Error(`the backend was not ready within 3 minutes: ${errors}`)
    await pause(500)
  }
}

integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)
    const ledger = ledgerHelpers(api, staff)
    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)
    let backend: Awaited<ReturnType<typeof startBackend>> | undefined

    afterAll(async () => {
      backend?.child.kill("SIGKILL")
      await backend?.exited
    })

    async function stockUp(sku: string, quantity: number) {
      const { data } = await query().graph({ entity: "variant", fields: ["id", "inventory_items.inventory.location_levels.*"], filters: { sku } })
      const level = (data[0] as Json).inventory_items[0].inventory.location_levels[0]
      await getContainer().resolve(Modules.INVENTORY).updateInventoryLevels([{ inventory_item_id: level.inventory_item_id, location_id: level.location_id, stocked_quantity: Number(level.reserved_quantity) + quantity }])
      return (data[0] as Json).id as string
    }
    const reservedOf = async (variantId: string) => {
      const { data } = await query().graph({ entity: "variant", fields: ["inventory_items.inventory.location_levels.reserved_quantity"], filters: { id: variantId } })
      return Number((data[0] as Json).inventory_items[0].inventory.location_levels[0].reserved_quantity)
    }

    /** A buyer's cart of one unit, ready to complete (shipping, a manual payment session), prepared through the in-process app. */
    async function readyCart(variantId: string, email: string): Promise<string> {
      const { regions } = (await api.get("/store/regions", store)).data as Json
      const region = regions.find((r: Json) => r.name === "United States")
      const address = { first_name: "Ana", last_name: "Buyer", address_1: "1 Test Street", city: "Testville", postal_code: "10115", country_code: "us" }
      const { cart } = (await api.post("/store/carts", { region_id: region.id, email, shipping_address: address, billing_address: address, items: [{ variant_id: variantId, quantity: 1 }] }, store)).data as Json
      const { shipping_options } = (await api.get(`/store/shipping-options?cart_id=${cart.id}`, store)).data as Json
      const cheapest = [...shipping_options].sort((a: Json, b: Json) => a.amount - b.amount)[0]
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: cheapest.id }, store)
      const { payment_collection } = (await api.post("/store/payment-collections", { cart_id: cart.id }, store)).data as Json
      await api.post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" }, store)
      return cart.id as string
    }

    const complete = (url: string, cartId: string) =>
      fetch(`${url}/store/carts/${cartId}/complete`, { method: "POST", headers: { "content-type": "application/json", ...store.headers }, body: "{}" }).then(
        async (r) => ({ status: r.status, body: (await r.json().catch(() => ({}))) as Json }),
        () => ({ status: 0, body: {} as Json })
      )

    /** Every order of the buyers (by email, so bare orders without a cart link count too), with what the assertions need. */
    async function ordersOf(emails: string[]) {
      const { data } = await query().graph({
        entity: "order",
        fields: [
          "id",
          "email",
          "status",
          "is_draft_order",
          "items.id",
          "payment_collections.id",
          "payment_collections.payments.id",
          "cart.id",
          "cart.completed_at",
          "cart.payment_collection.id",
          "cart.payment_collection.payments.id",
          "cart.payment_collection.payment_sessions.id",
          "cart.payment_collection.payment_sessions.status",
        ],
        filters: { email: emails },
      })
      return data as Json[]
    }

    it("a backend killed (SIGKILL) mid-completion leaves, after restart and recovery, no orphan order, one order per cart, reservations matching orders and a clean ledger", async () => {
      const container = getContainer()
      const [{ db }] = (await container.resolve(ContainerRegistrationKeys.PG_CONNECTION).raw("select current_database() as db")).rows
      const databaseUrl = `postgres://${process.env.DB_USERNAME ?? "postgres"}${process.env.DB_PASSWORD ? `:${process.env.DB_PASSWORD}` : ""}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/${db}`
      const variantId = await stockUp(SKU, 200)
      const reservedBefore = await reservedOf(variantId)

      // A first completion warms the process up (its first takes seconds more than the rest).
      backend = await startBackend(databaseUrl)
      const warmCart = await readyCart(variantId, "warm@crash.test")
      expect((await complete(backend.url, warmCart)).status).toBe(200)
      const carts: { id: string; email: string }[] = [{ id: warmCart, email: "warm@crash.test" }]

      // Each kill aims into the completion window: it waits until the batch's first order is written (seen in the
      // database), then a delay on (the carts queue on the stock's lock, so each kill finds them at different steps).
      // The last kill lands while the payment is being authorised (slowed by a preloaded test helper, as a slow
      // provider would be): the orders are linked and reserved, never authorised, which a blind delay rarely hits.
      const seen = { interrupted: 0, bare: 0, complete: 0, none: 0 }
      const plan = [{ offset: 0 }, { offset: 40 }, { offset: 150 }, { offset: 1500, slowAuthorization: true }]
      for (const [round, { offset, slowAuthorization }] of plan.entries()) {
        const batch = await Promise.all(Array.from({ length: CARTS_PER_KILL }, (_, i) => `r${round}-${i}@crash.test`).map(async (email) => ({ id: await readyCart(variantId, email), email })))
        carts.push(...batch)
        backend ??= await startBackend(
          databaseUrl,
          slowAuthorization ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${SLOW_AUTHORIZATION}`, CIS_TEST_AUTHORIZE_DELAY_MS: "60000" } : {}
        )
        const fired = Date.now()
        const answers = batch.map((c) => complete(backend!.url, c.id))
        const started = (orders: Json[]) => (slowAuthorization ? orders.some((o) => o.cart) : orders.length > 0)
        while (!started(await ordersOf(batch.map((c) => c.email))) && Date.now() - fired < 60_000) await pause(10)
        const written = Date.now() - fired
        await pause(offset)
        backend.child.kill("SIGKILL")
        await backend.exited
        backend = undefined
        const statuses = await Promise.all(answers)
        const orders = await ordersOf(batch.map((c) => c.email))
        const counts = { interrupted: 0, bare: 0, complete: 0, none: 0 }
        for (const c of batch) {
          const own = orders.filter((o) => o.email === c.email)
          const kind = !own.length ? "none" : own.some((o) => !o.cart) ? "bare" : own.some((o) => isInterrupted(o)) ? "interrupted" : "complete"
          counts[kind] += 1
          seen[kind] += 1
        }
        const what = slowAuthorization ? "a linked order appeared, authorisation slowed" : "the first order was written"
        process.stdout.write(`crash: kill ${offset} ms after ${what} (${written} ms after ${CARTS_PER_KILL} completions began): ${JSON.stringify(counts)}, answers ${statuses.map((s) => s.status).join(",")}\n`)
      }
      process.stdout.write(`crash: leftovers over all kills ${JSON.stringify(seen)}\n`)
      // The recovery must have had something to do, or this test proves nothing.
      expect(seen.interrupted).toBeGreaterThan(0)

      // Restart; recovery runs (as its scheduled jobs would once the cart locks expired), then every buyer retries.
      backend = await startBackend(databaseUrl)
      const first = await recoverInterruptedOrdersJob(container, { olderThanMs: 0 })
      await cancelOrphanOrdersJob(container, { olderThanMs: 0 })
      const retries = await Promise.all(carts.map((c) => complete(backend!.url, c.id)))
      expect(retries.map((r) => r.status)).toEqual(carts.map(() => 200))
      // A retry of a bare orphan's cart made the real order: the orphan now matches a completed checkout.
      await cancelOrphanOrdersJob(container, { olderThanMs: 0 })
      expect((await recoverInterruptedOrdersJob(container, { olderThanMs: 0 })).finished).toEqual([])
      process.stdout.write(`crash: recovery finished ${first.finished.length}, cancelled ${first.canceled.length}\n`)
      expect(first.finished.length + first.canceled.length).toBe(seen.interrupted)

      const orders = await ordersOf(carts.map((c) => c.email))
      const live = orders.filter((o) => o.status !== "canceled")
      const unfinishable = new Set(first.canceled)
      for (const c of carts) {
        // One order per cart, linked to it: no second order, no orphan left standing (none, if recovery had to cancel it).
        const own = live.filter((o) => o.email === c.email)
        const canceled = orders.some((o) => o.cart?.id === c.id && unfinishable.has(o.id))
        expect(own.map((o) => o.cart?.id)).toEqual(canceled ? [] : [c.id])
      }
      const inventory = container.resolve(Modules.INVENTORY)
      for (const order of orders) {
        const reservations = await inventory.listReservationItems({ line_item_id: order.items.map((i: Json) => i.id) })
        const units = reservations.reduce((n, r) => n + Number(r.quantity), 0)
        if (order.status === "canceled") {
          expect(units).toBe(0)
        } else {
          // Paid for (the payment authorised and linked) and its stock reserved.
          expect(isInterrupted(order)).toBe(false)
          expect(order.payment_collections.flatMap((pc: Json) => pc.payments ?? []).length).toBe(1)
          expect(units).toBe(order.items.length)
        }
      }
      expect((await reservedOf(variantId)) - reservedBefore).toBe(live.length)

      // Splits whose events died with the process are recorded by the every-minute job; then the books agree with Medusa.
      await pause(2000)
      await recordMissingSplits(container, { graceMs: 0 })
      for (const order of orders.filter((o) => o.status === "canceled" && !o.cart)) expect(await ledger.entriesOf(order.id)).toEqual([])
      await ledger.expectBooksAgreeWithMedusa()
    })
  },
})
