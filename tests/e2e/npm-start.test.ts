import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { freePort, isPortFree } from "../../scripts/lib/ports"
import { startStore, stopStore } from "../../scripts/lib/run-store"
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

          // A buyer's order, placed over the store API, reaches the ledger; staff see the
          // cooperative's balance, draft a payout from it, and see the order's split.
          const { order } = await placeOrder(fetchApi(api), { headers: { "x-publishable-api-key": publishable_key } }, {
            regionName: "United States",
            countryCode: "us",
            items: [{ sku: "SS-HAM-SGL-SUN", quantity: 1 }],
          })
          await page.goto(`${api}/app/payouts`)
          const balanceRow = page.locator("tr", { hasText: "Hilos de Chichontepec" }).first()
          await balanceRow.waitFor({ timeout: 30_000 })
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, "admin-payouts-balances.png") })
          await balanceRow.getByRole("button", { name: "Create payout" }).click()
          await page.getByRole("button", { name: "Create draft payout" }).click()
          await page.locator("tr", { hasText: "Hilos de Chichontepec" }).filter({ hasText: /draft/i }).first().waitFor({ timeout: 30_000 })
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, "admin-payouts-draft.png") })
          await page.goto(`${api}/app/orders/${order.id}`)
          const split = page.getByText("Revenue split").first()
          await split.waitFor({ timeout: 30_000 })
          await page.getByText("Hilos de Chichontepec").first().waitFor({ timeout: 30_000 })
          await split.scrollIntoViewIfNeeded()
          await page.screenshot({ path: path.join(ARTIFACTS_DIR, "admin-order-split.png") })
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
