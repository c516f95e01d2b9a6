/**
 * `npm run bench:load`: drives a running store at fixed request rates and
 * prints, per rate, p50/p95/p99 latency, errors and what was achieved, then
 * the highest rate held with p95 under 300 ms and no errors.
 *
 * The mix is a shop's: product list (with the cooperative fields the shop
 * asks for) 60 %, product page 25 %, add to cart 10 %, checkout 5 % (a
 * cart of one unit through shipping, payment session and completion, by
 * bank transfer; each of its requests is counted). Requests are sent on a
 * fixed schedule (open loop): a slow answer does not slow the sender, so
 * queueing shows in the latency as buyers would feel it.
 *
 *   BENCH_URLS   backends, comma-separated, used in turn (default http://localhost:9000)
 *   BENCH_RATES  requests per second to try, in order (default 5,10,15,20,30,40)
 *   BENCH_SECONDS  seconds per rate (default 20)
 *
 * Start the store first (`npm start`, or several `medusa start` behind these URLs:
 * see "Scale-out" in the README). Checkouts place real orders and take stock. Prints; asserts nothing.
 */
const URLS = (process.env.BENCH_URLS || "http://localhost:9000").split(",").map((u) => u.trim().replace(/\/$/, ""))
const RATES = (process.env.BENCH_RATES || "5,10,15,20,30,40").split(",").map(Number)
const SECONDS = Number(process.env.BENCH_SECONDS || 20)
const TIMEOUT_MS = 30_000
const P95_LIMIT_MS = 300

type Kind = "list" | "product" | "add" | "checkout"
type Sample = { kind: Kind; ms: number; ok: boolean }

let turn = 0
const nextUrl = () => URLS[turn++ % URLS.length]

async function call(path: string, init: RequestInit & { key: string }, samples: Sample[], kind: Kind, base = nextUrl()) {
  const started = performance.now()
  try {
    const res = await fetch(`${base}${path}`, {
      ...init,
      headers: { "content-type": "application/json", "x-publishable-api-key": init.key },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    const body = (await res.json().catch(() => ({}))) as Record<string, unknown>
    samples.push({ kind, ms: performance.now() - started, ok: res.ok })
    if (!res.ok) throw new Error(`${res.status} on ${path}: ${String(body.message ?? "")}`)
    return body
  } catch (error) {
    if (!(error instanceof Error && /^\d{3} on /.test(error.message))) samples.push({ kind, ms: performance.now() - started, ok: false })
    throw error
  }
}

type Catalog = { key: string; region: string; productIds: string[]; variantIds: string[] }

async function catalog(): Promise<Catalog> {
  const config = (await (await fetch(`${URLS[0]}/public/storefront-config`)).json()) as { publishable_key: string }
  const key = config.publishable_key
  const headers = { "x-publishable-api-key": key }
  const { regions } = (await (await fetch(`${URLS[0]}/store/regions`, { headers })).json()) as { regions: { id: string; name: string }[] }
  const region = regions.find((r) => r.name === "United States") ?? regions[0]
  const { products } = (await (await fetch(`${URLS[0]}/store/products?limit=100&fields=id,*variants,variants.inventory_quantity&region_id=${region.id}`, { headers })).json()) as {
    products: { id: string; variants: { id: string; inventory_quantity?: number }[] }[]
  }
  // Checkouts take the best-stocked variants, so a run does not sell a craft out.
  const variants = products.flatMap((p) => p.variants).sort((a, b) => (b.inventory_quantity ?? 0) - (a.inventory_quantity ?? 0))
  return { key, region: region.id, productIds: products.map((p) => p.id), variantIds: variants.slice(0, 5).map((v) => v.id) }
}

const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]
const ADDRESS = { first_name: "Bench", last_name: "Buyer", address_1: "1 Test Street", city: "Testville", postal_code: "10115", country_code: "us" }

async function one(kind: Kind, c: Catalog, samples: Sample[]) {
  const init = { key: c.key }
  if (kind === "list") {
    await call(`/store/products?limit=12&region_id=${c.region}&fields=*cooperative`, init, samples, kind)
  } else if (kind === "product") {
    await call(`/store/products/${pick(c.productIds)}?region_id=${c.region}&fields=*cooperative`, init, samples, kind)
  } else {
    // A buyer's requests go to one backend, as a balancer with any policy may send them.
    const base = nextUrl()
    const post = (path: string, body: unknown) => call(path, { ...init, method: "POST", body: JSON.stringify(body) }, samples, kind, base)
    const { cart } = (await post("/store/carts", { region_id: c.region, email: "bench@cis.test", shipping_address: ADDRESS, billing_address: ADDRESS })) as { cart: { id: string } }
    await post(`/store/carts/${cart.id}/line-items`, { variant_id: pick(c.variantIds), quantity: 1 })
    if (kind === "add") return
    const { shipping_options } = (await call(`/store/shipping-options?cart_id=${cart.id}`, init, samples, kind, base)) as { shipping_options: { id: string; amount: number }[] }
    await post(`/store/carts/${cart.id}/shipping-methods`, { option_id: [...shipping_options].sort((a, b) => a.amount - b.amount)[0].id })
    const { payment_collection } = (await post("/store/payment-collections", { cart_id: cart.id })) as { payment_collection: { id: string } }
    await post(`/store/payment-collections/${payment_collection.id}/payment-sessions`, { provider_id: "pp_system_default" })
    await post(`/store/carts/${cart.id}/complete`, {})
  }
}

function mixPick(): Kind {
  const r = Math.random()
  return r < 0.6 ? "list" : r < 0.85 ? "product" : r < 0.95 ? "add" : "checkout"
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN)

async function runRate(rate: number, c: Catalog) {
  const samples: Sample[] = []
  const operations: Promise<void>[] = []
  const started = performance.now()
  const total = rate * SECONDS
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate
    const wait = due - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    operations.push(one(mixPick(), c, samples).catch(() => undefined))
  }
  await Promise.all(operations)
  const elapsed = (performance.now() - started) / 1000
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b)
  const errors = samples.filter((s) => !s.ok).length
  const p = (q: number) => Math.round(percentile(ms, q))
  const byKind = (["list", "product", "add", "checkout"] as Kind[])
    .map((k) => {
      const own = samples.filter((s) => s.kind === k).map((s) => s.ms).sort((a, b) => a - b)
      return `${k} p95 ${Math.round(percentile(own, 95))}`
    })
    .join(", ")
  const readsMs = samples.filter((s) => s.kind === "list" || s.kind === "product").map((s) => s.ms).sort((a, b) => a - b)
  process.stdout.write(
    `${String(rate).padStart(3)} op/s offered: ${samples.length} requests in ${elapsed.toFixed(1)} s (${(samples.length / elapsed).toFixed(1)} req/s), ` +
      `p50 ${p(50)} ms, p95 ${p(95)} ms, p99 ${p(99)} ms, errors ${errors}  [${byKind}]\n`
  )
  return { p95: p(95), readsP95: percentile(readsMs, 95), errors }
}

async function main() {
  const c = await catalog()
  process.stdout.write(`bench:load against ${URLS.join(", ")}, ${SECONDS} s per rate; mix: list 60 %, product 25 %, add to cart 10 %, checkout 5 %\n`)
  let held: number | undefined
  let heldReads: number | undefined
  for (const rate of RATES) {
    const { p95, readsP95, errors } = await runRate(rate, c)
    if (p95 < P95_LIMIT_MS && errors === 0) held = rate
    if (readsP95 < P95_LIMIT_MS && errors === 0) heldReads = rate
    if (p95 > 5 * P95_LIMIT_MS) break // far past the knee: higher rates only pile up
  }
  const say = (what: string, rate: number | undefined) =>
    process.stdout.write(rate === undefined ? `no rate held ${what} p95 under ${P95_LIMIT_MS} ms without errors\n` : `highest rate held with ${what} p95 under ${P95_LIMIT_MS} ms and no errors: ${rate} op/s\n`)
  say("the whole mix's", held)
  // Creating a cart costs Medusa several hundred milliseconds even when idle: the catalog reads are judged apart.
  say("the catalog reads' (list, product page)", heldReads)
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
