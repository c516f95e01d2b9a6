/**
 * What every storefront page asks the API for first (the publishable key and
 * the regions), read by the storefront server and written into the HTML it
 * serves, so a phone on a slow line skips two round trips (each with a CORS
 * preflight) before it can ask for crafts. Read once and kept for a minute;
 * a stale copy is served while a fresh one is fetched; when the API does not
 * answer the page goes out without it and the storefront asks as before.
 */

/** The same fields the storefront asks for (storefront/src/features/regions/api/get-regions.ts). */
const REGION_FIELDS = "id,name,currency_code,*countries"
const FRESH_MS = 60_000
const FIRST_WAIT_MS = 1_500

export interface BootData {
  publishable_key: string
  stripe_publishable_key: string | null
  regions: unknown[]
  /** The page's first crafts for the visitor's likely region and language, when the page shows some. */
  products?: FirstProducts
}

export interface FirstProducts {
  region_id: string
  /** The catalog locale asked for; null for the catalog's English. */
  locale: string | null
  limit: number
  fetched_at: number
  response: unknown
}

type RegionRow = { id: string; name?: string; countries?: { iso_2?: string | null }[] | null }

/** The product card's fields (storefront/src/features/products/api/get-products.ts). */
const CARD_FIELDS = "id,title,subtitle,handle,thumbnail,variants.id,*variants.calculated_price,cooperative.name,cooperative.handle"
const CATALOG_SPANISH_LOCALE = "es-SV"

/**
 * What the storefront will show first on this page for a first-time visitor,
 * picked as the storefront picks (first-screen.ts): the region selling to the
 * browser language's country (else the United States, else any) and Spanish
 * text for a Spanish browser. Undefined for a page that lists no crafts first.
 */
export function firstListOf(pathname: string, search: string, acceptLanguage: string | undefined, regions: unknown[]) {
  const limit = pathname === "/" ? 8 : pathname === "/shop" && !search ? 24 : 0
  if (!limit) return undefined
  const tag = (acceptLanguage ?? "").split(",")[0]!.split(";")[0]!.trim() || "en-US"
  let country: string | undefined
  try {
    country = new Intl.Locale(tag).region?.toLowerCase()
  } catch {
    country = undefined
  }
  const rows = regions as RegionRow[]
  const region =
    (country && rows.find((row) => row.countries?.some((c) => c.iso_2?.toLowerCase() === country))) ||
    rows.find((row) => row.name === "United States") ||
    rows[0]
  if (!region) return undefined
  return { region_id: region.id, locale: tag.toLowerCase().startsWith("es") ? CATALOG_SPANISH_LOCALE : null, limit }
}

export async function readFirstProducts(apiUrl: string, key: string, list: { region_id: string; locale: string | null; limit: number }) {
  const query = new URLSearchParams({ region_id: list.region_id, limit: String(list.limit), offset: "0", fields: CARD_FIELDS, order: "-id" })
  if (list.locale) query.set("locale", list.locale)
  const response = await fetchJson(`${apiUrl}/store/products?${query}`, { "x-publishable-api-key": key })
  return { ...list, fetched_at: Date.now(), response }
}

async function fetchJson(url: string, headers: Record<string, string> = {}): Promise<Record<string, unknown>> {
  const response = await fetch(url, { headers: { accept: "application/json", ...headers }, signal: AbortSignal.timeout(5_000) })
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return (await response.json()) as Record<string, unknown>
}

export async function readBootData(apiUrl: string): Promise<BootData> {
  const config = await fetchJson(`${apiUrl}/public/storefront-config`)
  const key = config.publishable_key
  if (typeof key !== "string" || !key) throw new Error("no publishable key")
  const { regions } = await fetchJson(`${apiUrl}/store/regions?fields=${encodeURIComponent(REGION_FIELDS)}&limit=100`, {
    "x-publishable-api-key": key,
  })
  const stripe = config.stripe_publishable_key
  return { publishable_key: key, stripe_publishable_key: typeof stripe === "string" && stripe ? stripe : null, regions: regions as unknown[] }
}

/**
 * A value read from the API, fresh within a minute: a stale one is served
 * while a fresh one is read, a failed read keeps the last good one, and the
 * first read is waited for only `firstWaitMs`.
 */
function freshWithin<T>(read: () => Promise<T>, now: () => number, firstWaitMs: number) {
  let cached: { at: number; data: T } | undefined
  let pending: Promise<T | undefined> | undefined
  const refresh = () =>
    (pending ??= read()
      .then(
        (data) => ((cached = { at: now(), data }), data),
        () => cached?.data
      )
      .finally(() => {
        pending = undefined
      }))
  return async (): Promise<T | undefined> => {
    if (cached && now() - cached.at < FRESH_MS) return cached.data
    const next = refresh()
    if (cached) return cached.data
    return Promise.race([next, new Promise<undefined>((resolve) => setTimeout(resolve, firstWaitMs))])
  }
}

/** The first crafts per region, language and page size, each fresh within a minute. */
export function firstProductsSource(apiUrl: string, read = readFirstProducts, now = Date.now) {
  const sources = new Map<string, () => Promise<FirstProducts | undefined>>()
  return (key: string, list: { region_id: string; locale: string | null; limit: number }) => {
    const id = `${list.region_id} ${list.locale} ${list.limit}`
    if (!sources.has(id)) sources.set(id, freshWithin(() => read(apiUrl, key, list), now, FIRST_WAIT_MS))
    return sources.get(id)!()
  }
}

/** The boot data, fresh within a minute; undefined when the API has not answered yet (the first page waits a little, never long: the storefront can always ask itself). */
export function bootDataSource(apiUrl: string, read = readBootData, now = Date.now) {
  return freshWithin(() => read(apiUrl), now, FIRST_WAIT_MS)
}

/** The cards a phone shows before any scrolling (FIRST_SCREEN_CARDS in storefront/src/features/products/components/product-grid.tsx). */
const FIRST_SCREEN_CARDS = 2

const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")

/**
 * Preloads of the first screen's card pictures, when the page carries its
 * first crafts: a slow phone fetches them while the code is still arriving,
 * instead of a round trip after the cards are drawn (the last step before
 * the first craft is on screen). Same request as the card's <img> (no
 * crossorigin), so the browser uses the preloaded copy.
 */
export function firstPicturePreloads(products: FirstProducts | undefined): string {
  const listed = (products?.response as { products?: { thumbnail?: unknown }[] } | undefined)?.products
  if (!Array.isArray(listed)) return ""
  return listed
    .slice(0, FIRST_SCREEN_CARDS)
    .map((product) => product.thumbnail)
    .filter((thumbnail): thumbnail is string => typeof thumbnail === "string" && /^(https?:\/\/|\/)/.test(thumbnail))
    .map((thumbnail) => `<link rel="preload" as="image" href="${attribute(thumbnail)}" fetchpriority="high" />`)
    .join("")
}

/** The page with the boot data as a JSON data block (not a script: the CSP allows no inline script, and needs none here). */
export function injectBootData(html: string, data: BootData | undefined, apiOrigin: string | undefined): string {
  const preconnect = apiOrigin ? `<link rel="preconnect" href="${apiOrigin}" crossorigin />` : ""
  const json = data ? JSON.stringify(data).replace(/</g, "\\u003c") : ""
  const block = data ? `<script id="cis-boot" type="application/json">${json}</script>` : ""
  // A function, not a string: in a replacement string `$&`, `$'` and `` $` `` are patterns, and
  // a craft's title or a staff text carrying one would splice the page into the JSON.
  return html.replace("</head>", () => `${preconnect}${firstPicturePreloads(data?.products)}${block}</head>`)
}
