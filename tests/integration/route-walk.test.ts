import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { integrationRunner } from "./helpers/runner"
import { settle, type HttpResponse } from "./helpers/http"
import { BAD_INPUTS, customRoutes, fill, MEDUSA_ROUTES, type WalkRoute } from "./helpers/route-walk"
import { seededStore } from "./helpers/seeded-store"

jest.setTimeout(300_000)

const PASSWORD = "tierra-y-libertad-1992"
/** Every table a request could write to; their full contents are compared before and after the walk. */
const WATCHED_TABLES = [
  "cooperative",
  "coordinator",
  "craft_origin",
  "revenue_split",
  "ledger_entry",
  "payout",
  "stock_change",
  "notification",
  "auth_identity",
  "provider_identity",
  "inventory_level",
  "product_sales_channel",
  "product_cooperative_cooperative",
  "cart",
  "cart_line_item",
  "order",
  "customer",
  "trust_page",
]

/** A body that passes validation, so a foreign caller reaches the ownership check, not the validator. */
const VALID_BODIES: Record<string, unknown> = {
  "POST /coordinator/variants/:id/stock": { quantity: 1 },
  "POST /coordinator/invites/accept": { token: "t".repeat(40), password: "long-enough-password" },
}

type Headers = { headers: Record<string, string> }

/**
 * The walk: every route this project adds (found on disk) and Medusa's own
 * routes that take ids and text, called as a foreign coordinator, a
 * customer and with no token, and with bad input (NUL, huge numbers and
 * dates, wrong types) by each caller: 401/404/400 as designed, never a 500,
 * and not one row of the watched tables changed.
 */
integrationRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const { store, staff } = seededStore(api, getContainer)

    async function fingerprint(): Promise<Record<string, string>> {
      const pg = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows: existing } = await pg.raw(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = ANY(?)`, [WATCHED_TABLES])
      const prints: Record<string, string> = {}
      for (const { table_name } of existing as { table_name: string }[]) {
        const { rows } = await pg.raw(`SELECT count(*)::int AS n, md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) AS digest FROM "${table_name}" t`)
        prints[table_name] = `${rows[0].n}:${rows[0].digest}`
      }
      return prints
    }

    async function coordinatorOf(cooperativeId: string, email: string): Promise<Headers> {
      const { data } = await api.post(`/admin/cooperatives/${cooperativeId}/coordinators`, { email, name: "Coordinadora" }, staff)
      await api.post("/coordinator/invites/accept", { token: new URL(data.invite_url).searchParams.get("token"), password: PASSWORD })
      const { token } = (await api.post("/auth/coordinator/emailpass", { email, password: PASSWORD })).data
      return { headers: { authorization: `Bearer ${token}` } }
    }

    it("answers every route 400/401/404 as designed for foreign, customer, anonymous and bad input, never 500, and writes nothing", async () => {
      const { products } = (await api.get("/store/products?limit=200&fields=id,*variants,*cooperative", store)).data as {
        products: { id: string; variants: { id: string }[]; cooperative: { id: string; handle: string } }[]
      }
      const mine = products[0]!
      const other = products.find((p) => p.cooperative.id !== mine.cooperative.id)!
      const coopA = mine.cooperative
      const own = await coordinatorOf(coopA.id, "own@a.test")
      const foreign = await coordinatorOf(other.cooperative.id, "foreign@b.test")
      const coordinatorA = (await api.get(`/admin/cooperatives/${coopA.id}/coordinators`, staff)).data.coordinators[0].id as string
      await api.post("/admin/ledger-entries/adjustments", { cooperative_id: coopA.id, currency_code: "usd", amount: 1000, counter_account: "cis_operations", reason: "walk: something to pay" }, staff)
      const payoutA = (await api.post("/admin/payouts", { cooperative_id: coopA.id, currency_code: "usd" }, staff)).data.payout.id as string
      await api.post("/auth/customer/emailpass/register", { email: "lucia@buyer.test", password: "a buyer's own password" })
      const customerToken = (await api.post("/auth/customer/emailpass", { email: "lucia@buyer.test", password: "a buyer's own password" })).data.token
      const withKey = (extra: Record<string, string> = {}): Headers => ({ headers: { ...store.headers, ...extra } })

      const callers = {
        none: withKey(),
        customer: withKey({ authorization: `Bearer ${customerToken}` }),
        foreign: withKey(foreign.headers),
      }
      /** Cooperative A's own ids: what a foreign coordinator or an outsider would probe with. */
      const targetId = (route: WalkRoute) => {
        if (route.path.startsWith("/coordinator/variants")) return mine.variants[0]!.id
        if (route.path.includes("/payouts/:id")) return payoutA
        if (route.path.startsWith("/admin/coordinators")) return coordinatorA
        if (route.path.startsWith("/admin/products")) return mine.id
        if (route.path.startsWith("/store/cooperatives")) return coopA.handle
        if (route.path.startsWith("/store/orders")) return "order_01UNKNOWN"
        return coopA.id
      }
      const privileged = (route: WalkRoute): Headers =>
        route.area === "admin" ? withKey(staff.headers) : route.area === "coordinator" ? withKey(own.headers) : withKey()

      const send = (route: WalkRoute, url: string, body: unknown, config: Headers) =>
        settle(
          route.method === "GET"
            ? api.get(url, config)
            : route.method === "DELETE"
              ? api.delete(url, config)
              : api.post(url, body, { ...config, headers: { ...config.headers, "content-type": "application/json" } })
        )

      const before = await fingerprint()
      const routes = [...customRoutes(), ...MEDUSA_ROUTES]
      expect(routes.filter((route) => route.custom).length).toBeGreaterThan(35)
      const problems: string[] = []
      const calls: (() => Promise<void>)[] = []
      const check = (label: string, allowed: number[], answer: Promise<HttpResponse>, leaks: string[] = []) =>
        calls.push(async () => {
          const { status, data } = await answer
          if (!allowed.includes(status)) problems.push(`${label}: ${status} (expected ${allowed.join("/")}) ${JSON.stringify(data).slice(0, 160)}`)
          // A refusal may name the id it was asked about; an answer with data must not carry another cooperative's.
          const body = JSON.stringify(data)
          if (status === 200) for (const leak of leaks) if (body.includes(leak)) problems.push(`${label}: answer contains ${leak}`)
        })

      for (const route of routes) {
        const key = `${route.method} ${route.path}`
        const portal = route.area === "coordinator" && route.path !== "/coordinator/invites/accept"
        // Who may not: 401 (admin, portal) or 404 (another cooperative's ids); the store's own answers as designed.
        if (route.custom) {
          for (const [name, config] of Object.entries(callers)) {
            const url = fill(route, targetId(route))
            const allowed =
              route.area === "admin"
                ? [401]
                : portal
                  ? name === "foreign"
                    ? route.path.includes(":id")
                      ? [404]
                      : [200]
                    : [401]
                  : route.path === "/coordinator/invites/accept"
                    ? [400]
                    : [200, 400, 404]
            check(`${name} ${key}`, allowed, send(route, url, VALID_BODIES[key] ?? {}, config), name === "foreign" && portal ? [coopA.id, payoutA, mine.variants[0]!.id] : [])
          }
        }
        // Bad input, from the caller allowed in and from each outsider: refused, never a 500.
        for (const input of BAD_INPUTS) {
          const url = `${fill(route, route.path.includes(":") ? input.id : "")}?${input.query}`.replace(/\/\?/, "?")
          const everyone = { privileged: privileged(route), ...callers }
          for (const [name, config] of Object.entries(everyone)) {
            // Medusa's login answers a malformed body with 401 ("Password should be a string"), and the
            // login throttle may already count those (429).
            const allowed =
              route.area === "auth" ? [400, 401, 429] : name !== "privileged" && (portal || route.area === "admin") ? [400, 401, 404] : [400, 404]
            check(`${name} ${input.name} ${key}`, allowed, send(route, url, input.body, config))
          }
        }
      }
      for (let start = 0; start < calls.length; start += 8) await Promise.all(calls.slice(start, start + 8).map((call) => call()))

      expect(problems).toEqual([])
      expect(await fingerprint()).toEqual(before)
      process.stdout.write(`route walk: ${routes.length} routes, ${calls.length} requests\n`)
    })
  },
})
