import fs from "node:fs"
import path from "node:path"

/**
 * The routes the walk calls: every route file this project has under
 * src/api (found on disk, so a new route is walked without being listed),
 * plus Medusa's own routes named below, which take ids and text from
 * anyone. To walk a new Medusa route, add it to MEDUSA_ROUTES.
 */
export type WalkRoute = { method: "GET" | "POST" | "DELETE"; path: string; area: "admin" | "coordinator" | "store" | "public" | "auth"; custom: boolean }

const API_DIR = path.resolve(__dirname, "../../../src/api")

export function customRoutes(): WalkRoute[] {
  const found: WalkRoute[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "route.ts") {
        const source = fs.readFileSync(full, "utf8")
        const routePath = "/" + path.relative(API_DIR, dir).split(path.sep).map((part) => part.replace(/^\[(.+)\]$/, ":$1")).join("/")
        const area = routePath.split("/")[1] as WalkRoute["area"]
        for (const [, method] of source.matchAll(/export const (GET|POST|DELETE)\b/g)) {
          found.push({ method: method as WalkRoute["method"], path: routePath, area, custom: true })
        }
      }
    }
  }
  walk(API_DIR)
  return found.sort((a, b) => (a.path + a.method).localeCompare(b.path + b.method))
}

/** Medusa's own routes that take ids or text from anyone: NUL and nonsense must get 4xx there too. */
export const MEDUSA_ROUTES: WalkRoute[] = [
  { method: "GET", path: "/store/products/:id", area: "store", custom: false },
  { method: "GET", path: "/store/product-variants/:id", area: "store", custom: false },
  { method: "GET", path: "/store/carts/:id", area: "store", custom: false },
  { method: "POST", path: "/store/carts", area: "store", custom: false },
  { method: "GET", path: "/store/orders/:id", area: "store", custom: false },
  { method: "GET", path: "/store/regions/:id", area: "store", custom: false },
  { method: "POST", path: "/auth/customer/emailpass", area: "auth", custom: false },
  { method: "POST", path: "/auth/coordinator/emailpass", area: "auth", custom: false },
]

export type BadInput = { name: string; id: string; query: string; body: unknown }

/** What an attacker sends: a NUL in ids, text and keys; numbers and dates past what columns hold; wrong types. */
export const BAD_INPUTS: BadInput[] = [
  { name: "nul", id: "coop_%00x", query: "q=a%00b&handle=%00", body: { name: "a\u0000b", email: "rosa\u0000@x.test", "k\u0000": 1 } },
  {
    name: "huge",
    id: "9".repeat(400),
    query: "limit=99999999999999999999&offset=99999999999999999999&month=9999-12&created_from=275761-01-01&created_to=%2B275760-09-14&display_id=1e400",
    body: {
      quantity: 2 ** 40,
      sent_amount: 2 ** 31,
      share_bps: 2 ** 40,
      community_fund_bps: 1e15,
      amount: 2 ** 53 + 2,
      display_id: 2 ** 40,
      paid_at: "275761-01-01",
      up_to: "+275760-09-13T00:00:00.000Z",
      founded_year: 99999,
    },
  },
  {
    name: "types",
    id: "[object Object]",
    query: "limit=abc&offset[]=1&month[a]=x&fields[]=*",
    body: { quantity: "many", email: 5, display_id: [1], token: {}, password: 1, cooperative_id: 7, add: "x", identifier: ["a"], name: { $ne: 1 } },
  },
]

export function fill(route: WalkRoute, id: string): string {
  return route.path.replace(/:[a-z_]+/g, id)
}
