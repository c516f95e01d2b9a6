import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/**
 * How long a browser or CDN may reuse an anonymous catalog answer, then serve
 * it stale while it fetches a fresh one. Short: stock counts and prices move,
 * and completion checks stock anyway, so a minute-old list costs no sale.
 */
export const CATALOG_MAX_AGE_S = 30
export const CATALOG_STALE_S = 120
export const CATALOG_CACHE_CONTROL = `public, max-age=${CATALOG_MAX_AGE_S}, stale-while-revalidate=${CATALOG_STALE_S}`
/**
 * What an answer depends on besides its URL: the sales channel (publishable
 * key), the language (Medusa reads x-medusa-locale), CORS (Origin), and who
 * asks (a cache must not hand an anonymous answer to a signed-in customer,
 * whose customer-group prices differ).
 */
export const CATALOG_VARY = ["Origin", "x-publishable-api-key", "x-medusa-locale", "Authorization", "Cookie"]

/** A customer's request: a bearer token, Medusa's session cookie, or an actor Medusa's auth already found. */
function signedIn(req: MedusaRequest): boolean {
  const actor = (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id
  return Boolean(actor || req.headers.authorization || /(?:^|;\s*)connect\.sid=/.test(req.headers.cookie ?? ""))
}

/**
 * Stock counts must be fresh: a coordinator who lowers a craft's stock, or a
 * buyer who just bought the last one, must see it on the next page view, not
 * half a minute later. Such answers may be stored but are re-asked every time.
 */
function carriesStock(req: MedusaRequest): boolean {
  const url = req.originalUrl ?? req.url ?? ""
  try {
    return /inventory_quantity/.test(decodeURIComponent(url))
  } catch {
    return /inventory_quantity/.test(url) || /%/.test(url) // a malformed escape: fresh, to be safe
  }
}

function addVary(res: MedusaResponse, names: string[]) {
  const have = String(res.getHeader("Vary") ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean)
  const lower = new Set(have.map((v) => v.toLowerCase()))
  res.setHeader("Vary", [...have, ...names.filter((n) => !lower.has(n.toLowerCase()))].join(", "))
}

/**
 * Anonymous catalog reads (products, categories, regions, cooperatives) may be
 * cached by browsers and shared caches; a signed-in customer's never (prices
 * by customer group), and nothing but a 200 (an error is not worth keeping).
 * Decided when the answer is sent, after Medusa's authentication ran. Carts,
 * orders and anything personal never pass through here.
 */
export function catalogCacheHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const send = res.json.bind(res)
  res.json = ((body: unknown) => {
    addVary(res, CATALOG_VARY)
    if (res.statusCode !== 200 || signedIn(req)) res.setHeader("Cache-Control", "private, no-store")
    else if (carriesStock(req)) res.setHeader("Cache-Control", "public, no-cache")
    else res.setHeader("Cache-Control", CATALOG_CACHE_CONTROL)
    return send(body)
  }) as typeof res.json
  next()
}

/** The store's catalog read routes (GET only), Medusa's and the project's. */
export const CATALOG_READ_MATCHERS = [/^\/store\/products(\/[^/]+)?$/, /^\/store\/product-categories(\/[^/]+)?$/, /^\/store\/regions(\/[^/]+)?$/, /^\/store\/cooperatives(\/[^/]+)?$/]
