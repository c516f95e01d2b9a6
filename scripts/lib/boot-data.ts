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

/** The boot data, fresh within a minute; undefined when the API has not answered yet. */
export function bootDataSource(apiUrl: string, read = readBootData, now = Date.now) {
  let cached: { at: number; data: BootData } | undefined
  let pending: Promise<BootData | undefined> | undefined
  const refresh = () =>
    (pending ??= read(apiUrl)
      .then(
        (data) => ((cached = { at: now(), data }), data),
        () => cached?.data
      )
      .finally(() => {
        pending = undefined
      }))
  return async (): Promise<BootData | undefined> => {
    if (cached && now() - cached.at < FRESH_MS) return cached.data
    const next = refresh()
    if (cached) return cached.data
    // The first page waits a little for it, never long: the storefront can always ask itself.
    return Promise.race([next, new Promise<undefined>((resolve) => setTimeout(resolve, FIRST_WAIT_MS))])
  }
}

/** The page with the boot data as a JSON data block (not a script: the CSP allows no inline script, and needs none here). */
export function injectBootData(html: string, data: BootData | undefined, apiOrigin: string | undefined): string {
  const preconnect = apiOrigin ? `<link rel="preconnect" href="${apiOrigin}" crossorigin />` : ""
  const json = data ? JSON.stringify(data).replace(/</g, "\\u003c") : ""
  const block = data ? `<script id="cis-boot" type="application/json">${json}</script>` : ""
  return html.replace("</head>", `${preconnect}${block}</head>`)
}
