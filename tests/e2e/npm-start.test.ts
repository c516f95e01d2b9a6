import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { freePort, isPortFree } from "../../scripts/lib/ports"
import { startStore, stopStore } from "../../scripts/lib/run-store"
import { fromMinorUnits } from "@cis/contract/currency"
import { placeOrder } from "../integration/helpers/orders"
import { ARTIFACTS_DIR, launchBrowser } from "./browser"

jest.setTimeout(10 * 60_000)

const ROOT = path.resolve(__dirname, "../..")
const ADMIN = { email: "staff@cis-crafts.test", password: "e2e-staff-password" }

describe("npm start on a machine with no database configured", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cis-e2e-"))
  // As root, PostgreSQL runs as the postgres user, who must be able to enter the folder.
  fs.chmodSync(dataDir, 0o755)
  let env: NodeJS.ProcessEnv
  let ports: { api: number; shop: number; pg: number }

  beforeAll(async () => {
    ports = { api: await freePort(), shop: await freePort(), pg: await freePort() }
    env = {
      ...process.env,
      CIS_DATA_DIR: dataDir,
      PORT: String(ports.api),
      STOREFRONT_PORT: String(ports.shop),
      EMBEDDED_PG_PORT: String(ports.pg),
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    }
    for (const name of ["DATABASE_URL", "NODE_ENV", "DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD", "DISABLE_MEDUSA_ADMIN", "NODE_OPTIONS"]) {
      delete env[name]
    }
  })

  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

  it("seeds, serves the API, the dashboard and a storefront listing products, and stops cleanly", async () => {
    const store = await startStore(env)
    try {
      const banner = store.output()
      expect(banner).toContain("Seeding the demo catalog (empty database)")
      expect(banner).toContain(`Storefront        http://localhost:${ports.shop}`)
      expect(banner).toContain(`Admin dashboard   http://localhost:${ports.api}/app`)
      expect(banner).toContain(`Staff login       ${ADMIN.email} / ${ADMIN.password}`)
      // The password is shown to the person starting the store, never written to the logs.
      expect(fs.readFileSync(path.join(dataDir, "logs", "medusa.log"), "utf8")).not.toContain(ADMIN.password)

      const api = `http://localhost:${ports.api}`
      const { publishable_key } = (await (await fetch(`${api}/public/storefront-config`)).json()) as { publishable_key: string }
      const products = (await (
        await fetch(`${api}/store/products?limit=1`, { headers: { "x-publishable-api-key": publishable_key } })
      ).json()) as { count: number }
      expect(products.count).toBeGreaterThanOrEqual(30)
      expect((await fetch(`${api}/app`)).status).toBe(200)

      const browser = await launchBrowser()
      if (browser) {
        try {
          const page = await browser.newPage({ locale: "en-GB", viewport: { width: 1280, height: 900 } })
          const outside: string[] = []
          page.on("request", (request) => {
            const url = new URL(request.url())
            if (url.protocol.startsWith("http") && url.hostname !== "localhost") outside.push(request.url())
          })
          await page.goto(`http://localhost:${ports.shop}/shop`)
          // A British browser lands in the UK region, priced in pounds.
          await page.getByText(/from £\d+\.\d\d/).first().waitFor({ timeout: 30_000 })
          expect(await page.getByRole("img").count()).toBeGreaterThanOrEqual(24)
          // Every craft names its maker.
          expect(await page.getByText(/^Made by /).count()).toBe(await page.locator("article").count())
          expect(await page.getByLabel(/ship to/i).inputValue()).not.toBe("")
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, "npm-start-storefront.png") })
          expect(outside).toEqual([])

          await page.goto(`${api}/app/login`)
          await page.fill('input[name="email"]', ADMIN.email)
          await page.fill('input[name="password"]', ADMIN.password)
          await page.click('button[type="submit"]')
          await page.waitForURL((url) => !url.pathname.endsWith("/login"), { timeout: 30_000 })
          await page.goto(`${api}/app/products`)
          // The seeded products share one creation time, so which of them fill the
          // first page is not fixed: wait for a full page of rows, not a given title.
          await page.locator("table tbody tr").nth(9).waitFor({ timeout: 30_000 })
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, "npm-start-admin-products.png") })

          // The cooperative pages and the product widget, as staff see them.
          await page.goto(`${api}/app/cooperatives`)
          await page.getByText("Cielo de Añil").first().waitFor({ timeout: 30_000 })
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, "admin-cooperatives.png") })
          await page.getByText("Cielo de Añil").first().click()
          await page.getByText(/Staff only/i).first().waitFor({ timeout: 30_000 })
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, "admin-cooperative-detail.png") })
          // The dashboard scrolls inside its own panel, so each part is brought into view for its picture.
          await page.locator("textarea").first().scrollIntoViewIfNeeded()
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, "admin-cooperative-stories.png") })
          await page.getByText(/Staff only/i).first().scrollIntoViewIfNeeded()
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, "admin-cooperative-private.png") })
          const hammock = (await (
            await fetch(`${api}/store/products?handle=san-sebastian-hammock&fields=id`, {
              headers: { "x-publishable-api-key": publishable_key },
            })
          ).json()) as { products: { id: string }[] }
          await page.goto(`${api}/app/products/${hammock.products[0].id}`)
          const maker = page.getByText("Hilos de Chichontepec", { exact: false }).first()
          await maker.waitFor({ timeout: 30_000 })
          await maker.scrollIntoViewIfNeeded()
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, "admin-product-widget.png") })

          // Two buyers' orders of one cooperative's crafts, by bank transfer: each stays pending
          // (shown, never paid out) until staff capture its payment. Staff capture the first.
          const store = { headers: { "x-publishable-api-key": publishable_key } }
          const staff = await staffApi(api, ADMIN)
          const HILOS = "Cooperativa Textil Hilos de Chichontepec"
          const hilos = await staff.cooperativeNamed(HILOS)
          const { order: paidOrder } = await placeOrder(fetchApi(api), store, {
            regionName: "United States",
            countryCode: "us",
            items: [{ sku: "SS-HAM-SGL-SUN", quantity: 1 }],
          })
          const unpaid = await staff.waitForBalance(hilos, (b) => b.pending > 0)
          expect(unpaid).toMatchObject({ earned: 0, balance: 0 })
          await staff.captureOrder(paidOrder.id)
          const captured = await staff.waitForBalance(hilos, (b) => b.pending === 0 && b.earned > 0)
          // The whole share moved from pending to payable, nothing else.
          expect(captured).toMatchObject({ earned: unpaid.pending, balance: unpaid.pending, advanced: 0 })
          const { order: pendingOrder } = await placeOrder(fetchApi(api), store, {
            regionName: "United States",
            countryCode: "us",
            items: [{ sku: "SS-HAM-SGL-SEA", quantity: 1 }],
          })
          const before = await staff.waitForBalance(hilos, (b) => b.pending > 0)
          expect(before).toMatchObject({ earned: captured.earned, balance: captured.balance })

          // The Payouts page shows the pending share apart from the payable one.
          const usd = (minor: number) => moneyAsShown(minor, "usd", "en-GB")
          await page.goto(`${api}/app/payouts`)
          const balanceRow = page.locator("tr", { hasText: "Hilos de Chichontepec" }).filter({ has: page.getByRole("button", { name: "Create payout" }) })
          await balanceRow.waitFor({ timeout: 30_000 })
          const cells = async () => (await balanceRow.locator("td").allInnerTexts()).map((text) => text.replace(/\s+/g, " ").trim())
          // Cooperative, currency, pending, earned, reversed & adjusted, advances, in drafts, paid, balance...
          expect((await cells()).slice(0, 9)).toEqual([
            HILOS,
            "USD",
            usd(before.pending),
            usd(before.earned),
            usd(0),
            usd(0),
            usd(0),
            usd(0),
            usd(before.balance),
          ])
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, "admin-payouts-balances.png") })

          // Staff record an advance in the drawer: 40 % of what is payable, sent today by transfer.
          const advance = Math.floor((before.balance * 0.4) / 100) * 100
          expect(advance).toBeGreaterThan(0)
          await page.getByRole("button", { name: "Record advance" }).click()
          const drawer = page.getByRole("dialog")
          await drawer.getByRole("heading", { name: "Record an advance" }).waitFor({ timeout: 30_000 })
          await drawer.getByLabel("Cooperative").click()
          await page.getByRole("option", { name: HILOS }).click()
          await drawer.getByLabel("Amount sent").fill(fromMinorUnits(advance, "usd"))
          await drawer.getByLabel("Reference").fill("E2E-ADV-0001")
          await drawer.getByLabel("Reason").fill("Half of a fair-trade shop's order, paid up front")
          // The drawer says what the next payout will carry once the advance is netted.
          await drawer.getByText(`after this advance: ${usd(before.balance - advance)}`).waitFor({ timeout: 10_000 })
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, "admin-advance-drawer.png") })
          await drawer.getByRole("button", { name: "Record advance" }).click()
          await drawer.waitFor({ state: "detached", timeout: 30_000 })

          // Netted: the advance is on the balance at once, and the next payout is payable sales less it.
          const after = await staff.waitForBalance(hilos, (b) => b.advanced !== 0)
          expect(after).toMatchObject({ advanced: -advance, balance: before.balance - advance, earned: before.earned, pending: before.pending })
          await balanceRow.getByText(usd(before.balance - advance)).waitFor({ timeout: 30_000 })
          expect((await cells())[5]).toBe(usd(-advance))
          // The advances list (the ledger also names the reference, on the advance's two rows).
          const advanceRow = page.locator("tr", { hasText: "E2E-ADV-0001" }).filter({ hasText: "Bank transfer" })
          await advanceRow.waitFor({ timeout: 30_000 })
          expect(await advanceRow.innerText()).toContain(usd(advance))
          await balanceRow.scrollIntoViewIfNeeded()
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, "admin-advance-netted.png") })

          await balanceRow.getByRole("button", { name: "Create payout" }).click()
          await page.getByRole("button", { name: "Create draft payout" }).click()
          const draftRow = page.locator("tr", { hasText: "Hilos de Chichontepec" }).filter({ hasText: /draft/i }).first()
          await draftRow.waitFor({ timeout: 30_000 })
          expect(await draftRow.innerText()).toContain(usd(before.earned - advance))
          const draft = await staff.draftPayoutOf(hilos)
          // The sale's share and the advance, netted; the unpaid order's share stays out.
          expect(draft).toMatchObject({ amount: before.earned - advance, entry_count: 2, currency_code: "usd" })
          expect(await staff.waitForBalance(hilos, (b) => b.in_draft_payouts !== 0)).toMatchObject({
            in_draft_payouts: before.earned - advance,
            balance: 0,
            pending: before.pending,
          })
          await draftRow.scrollIntoViewIfNeeded()
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, "admin-payouts-draft.png") })

          // The ledger check, run from the page: the books agree with Medusa after all of it.
          const check = page.getByRole("button", { name: "Run check" })
          await check.scrollIntoViewIfNeeded()
          await check.click()
          await page.getByText("The books agree with Medusa").waitFor({ timeout: 60_000 })
          const checked = page.getByText(/^2 orders placed from/)
          await checked.waitFor({ timeout: 10_000 })
          await checked.scrollIntoViewIfNeeded()
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, "admin-ledger-check.png") })

          // Each order's split: payable once captured, pending while the transfer is awaited.
          for (const [order, note, shot] of [
            [paidOrder, "The buyer's money is in: every share is payable.", "admin-order-split.png"],
            [pendingOrder, /^Nothing is captured yet: every share is pending/, "admin-order-split-pending.png"],
          ] as const) {
            await page.goto(`${api}/app/orders/${order.id}`)
            await page.getByText("Revenue split").first().waitFor({ timeout: 30_000 })
            await page.getByText("Hilos de Chichontepec").first().waitFor({ timeout: 30_000 })
            await page.getByText(note).waitFor({ timeout: 30_000 })
            // The widget's totals, at the bottom of the side column, bring the whole split into the picture.
            await page.getByText(/^Payable adds up to what was captured/).scrollIntoViewIfNeeded()
            await page.screenshot({ path: path.join(ARTIFACTS_DIR, shot) })
          }
        } finally {
          await browser.close()
        }
      }
    } finally {
      expect(await stopStore(store)).toBe(0)
    }
    expect(await isPortFree(ports.api)).toBe(true)
    expect(await isPortFree(ports.pg)).toBe(true)
  })

  it("starts again fast, keeping the data: no rebuild, no reseed, no second staff user", async () => {
    const began = Date.now()
    const store = await startStore(env)
    const seconds = (Date.now() - began) / 1000
    try {
      const banner = store.output()
      expect(banner).toContain("Catalog already present, not seeding")
      expect(banner).toContain("Backend build is up to date")
      expect(banner).toContain("Storefront build is up to date")
      expect(banner).not.toContain("Created the staff user")
      process.stdout.write(`  second start ready in ${seconds.toFixed(1)} s\n`)
    } finally {
      expect(await stopStore(store)).toBe(0)
    }
  })

  it("refuses a busy port in one line", async () => {
    const blocker = spawn(process.execPath, ["-e", `require("net").createServer().listen(${ports.api}); setTimeout(() => {}, 60000)`])
    try {
      await new Promise((resolve) => setTimeout(resolve, 500))
      const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/start.ts"], { cwd: ROOT, env })
      let output = ""
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()))
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()))
      const code = await new Promise((resolve) => child.on("exit", resolve))
      expect(code).toBe(1)
      expect(output.trim()).toBe(`Port ${ports.api} (backend) is busy: stop what uses it (is the store already running?) or set PORT.`)
    } finally {
      blocker.kill()
    }
  })
})

/** The order helper's small HTTP surface over fetch, throwing on a refusal as axios would. */
function fetchApi(base: string) {
  const call = async (method: string, url: string, body: unknown, config?: object) => {
    const headers = { "content-type": "application/json", ...((config as { headers?: Record<string, string> })?.headers ?? {}) }
    const response = await fetch(`${base}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    const data = (await response.json()) as unknown
    if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(data)}`)
    return { data }
  }
  return {
    get: (url: string, config?: object) => call("GET", url, undefined, config),
    post: (url: string, body: unknown, config?: object) => call("POST", url, body, config),
  }
}

/** Minor units as the dashboard shows them in a browser of that locale (Intl on the exact decimal, as src/admin/lib/format does). */
function moneyAsShown(minor: number, currency: string, locale: string): string {
  const code = currency.toUpperCase()
  return new Intl.NumberFormat(locale, { style: "currency", currency: code }).format(fromMinorUnits(minor, currency) as Intl.StringNumericLiteral)
}

type Balance = { currency_code: string; pending: number; earned: number; advanced: number; in_draft_payouts: number; balance: number }

/** Staff's side of the API, as the dashboard calls it: logged in through Medusa's own auth route. */
async function staffApi(base: string, login: { email: string; password: string }) {
  const auth = await fetch(`${base}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(login),
  })
  const { token } = (await auth.json()) as { token: string }
  const call = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${base}${url}`, {
      method,
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const data = (await response.json()) as T
    if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${JSON.stringify(data)}`)
    return data
  }

  const balanceOf = async (cooperativeId: string): Promise<Balance | undefined> =>
    (await call<{ balances: Balance[] }>("GET", `/admin/cooperatives/${cooperativeId}/balances`)).balances.find((b) => b.currency_code === "usd")

  return {
    async cooperativeNamed(name: string): Promise<string> {
      const { cooperatives } = await call<{ cooperatives: { id: string; name: string }[] }>("GET", `/admin/cooperatives?q=${encodeURIComponent(name)}`)
      const found = cooperatives.find((c) => c.name === name)
      if (!found) throw new Error(`no cooperative named ${name}`)
      return found.id
    },
    /** Subscribers write the books after the request returns: polls until the USD balance satisfies `done` (30 s at most). */
    async waitForBalance(cooperativeId: string, done: (balance: Balance) => boolean): Promise<Balance> {
      const deadline = Date.now() + 30_000
      for (;;) {
        const balance = await balanceOf(cooperativeId)
        if (balance && done(balance)) return balance
        if (Date.now() > deadline) throw new Error(`the balance never got there: ${JSON.stringify(balance)}`)
        await new Promise((resolve) => setTimeout(resolve, 250))
      }
    },
    /** What staff do once a bank transfer arrives: capture the order's payment in full. */
    async captureOrder(orderId: string) {
      const { order } = await call<{ order: { payment_collections: { payments: { id: string }[] }[] } }>(
        "GET",
        `/admin/orders/${orderId}?fields=id,*payment_collections,*payment_collections.payments`
      )
      const payments = order.payment_collections.flatMap((c) => c.payments)
      expect(payments).toHaveLength(1)
      await call("POST", `/admin/payments/${payments[0]!.id}/capture`, {})
    },
    async draftPayoutOf(cooperativeId: string) {
      const { payouts } = await call<{ payouts: { amount: number; entry_count: number; currency_code: string }[] }>(
        "GET",
        `/admin/payouts?cooperative_id=${cooperativeId}&status=draft`
      )
      expect(payouts).toHaveLength(1)
      return payouts[0]!
    },
  }
}
