/**
 * `npm run bench:api`: what the project's extensions cost over vanilla Medusa.
 *
 * Makes a fresh database (on the PostgreSQL named by DATABASE_URL or DB_*, else
 * postgres@localhost:5432, else an embedded one started for the run), migrates
 * and seeds it with the project, then serves it from two processes side by side:
 * the project's backend (`medusa start` in the project, admin off) and vanilla
 * Medusa of the same installed version (`medusa start` in a temporary folder
 * whose medusa-config.js names only the database: no project module, route,
 * middleware, subscriber, link or feature flag; the same node_modules). Both
 * get the same requests, interleaved (the order flips every round), and the
 * script prints each endpoint's median and p95, the ratio of the medians, and
 * the SQL statements per request of each, while answering and after the answer left (the subscribers) (counted in each process's `pg`
 * client by scripts/lib/count-sql.cjs, measured apart with the servers idle).
 * Then the project's own store routes (no vanilla counterpart): median and p95
 * time and SQL statements per request.
 * Prints; asserts nothing. Drops its database at the end.
 *
 *   npm run bench:api                      # this checkout
 *   npm run bench:api -- --project ../old  # another checkout (e.g. before a change), same script
 *   BENCH_ROUNDS=60 BENCH_COMPLETES=20 npm run bench:api
 *   BENCH_SQL_LOG_DIR=/tmp/sql npm run bench:api   # also keeps the statements each counted request sent
 *   BENCH_ROUNDS=0 BENCH_COMPLETES=0 ...            # counts statements only
 */
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import type { ChildProcess } from "node:child_process"
import { medianInterval, ownTable, pairedRatios, table, verdict, type EndpointFigures, type OwnRouteFigures } from "./lib/bench-stats"
import { testDatabaseCandidate, testDatabaseUrl, type TestDatabase } from "./lib/decisions"
import { freePort } from "./lib/ports"
import { ensureDatabase, startEmbeddedPostgres, withClient, type EmbeddedPostgresHandle } from "./lib/postgres"
import { run, startService, stopChild } from "./lib/processes"

const ROOT = path.resolve(__dirname, "..")
const projectArg = process.argv.indexOf("--project")
const PROJECT = path.resolve(projectArg > 0 ? process.argv[projectArg + 1]! : ROOT)
const MEDUSA_BIN = path.join(PROJECT, "node_modules", ".bin", "medusa")
const COUNTER = path.join(__dirname, "lib", "count-sql.cjs")
/** 40 rounds give the median ratio a 95 % interval from the 14th to the 27th ratio; the whole run stays within about 6 minutes. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40)
const COMPLETES = Number(process.env.BENCH_COMPLETES ?? 12)
const SQL_LOG_DIR = process.env.BENCH_SQL_LOG_DIR ? path.resolve(process.env.BENCH_SQL_LOG_DIR) : undefined
const WARMUP = 5
const SQL_SAMPLES = 5
/** The budget: every endpoint shared with vanilla within 10 % of its median. */
const BUDGET = 1.1

type Server = { name: "vanilla" | "project"; url: string; counterUrl: string; child?: ChildProcess }
type Fixtures = { key: string; regionId: string; productId: string; variantId: string; handle: string; orderId: string }

const say = (line: string) => process.stdout.write(`${line}\n`)

async function answers(db: TestDatabase): Promise<boolean> {
  return withClient(testDatabaseUrl(db), async (client) => Boolean(await client.query("SELECT 1"))).catch(() => false)
}

async function http(server: Server, method: string, route: string, key: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${server.url}${route}`, {
    method,
    headers: { "x-publishable-api-key": key, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${server.name} ${method} ${route} answered ${response.status}: ${text.slice(0, 300)}`)
  return JSON.parse(text) as Record<string, unknown>
}

async function waitForHealth(server: Server, timeoutMs = 240_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.child && server.child.exitCode !== null) throw new Error(`${server.name} exited with ${server.child.exitCode} before it was ready`)
    const ok = await fetch(`${server.url}/health`).then((r) => r.ok).catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${server.name} was not ready within ${timeoutMs / 1000} s`)
}

const statements = async (server: Server) => Number(await (await fetch(server.counterUrl)).text())

/** Waits until the server sends no SQL for a while (subscribers of the last order done), so a count is one request's. */
async function quiet(server: Server) {
  let last = await statements(server)
  for (let tries = 0; tries < 50; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 250))
    const now = await statements(server)
    if (now === last) return
    last = now
  }
}

// Each endpoint: an untimed preparation, then the timed request(s).
type Endpoint = { name: string; prepare?: (server: Server, f: Fixtures) => Promise<string>; send: (server: Server, f: Fixtures, prepared: string) => Promise<unknown> }

const ADDRESS = { first_name: "Bench", last_name: "Buyer", address_1: "1 Main St", city: "Washington", postal_code: "20001", country_code: "us" }

async function readyCart(server: Server, f: Fixtures): Promise<string> {
  const { cart } = (await http(server, "POST", "/store/carts", f.key, { region_id: f.regionId, email: "bench@cis.test", shipping_address: ADDRESS, billing_address: ADDRESS })) as { cart: { id: string } }
  await http(server, "POST", `/store/carts/${cart.id}/line-items`, f.key, { variant_id: f.variantId, quantity: 1 })
  const { shipping_options } = (await http(server, "GET", `/store/shipping-options?cart_id=${cart.id}`, f.key)) as { shipping_options: { id: string; amount: number }[] }
  const cheapest = [...shipping_options].sort((a, b) => a.amount - b.amount)[0]
  if (!cheapest) throw new Error(`${server.name}: no shipping option for a US cart`)
  await http(server, "POST", `/store/carts/${cart.id}/shipping-methods`, f.key, { option_id: cheapest.id })
  const { payment_collection } = (await http(server, "POST", "/store/payment-collections", f.key, { cart_id: cart.id })) as { payment_collection: { id: string } }
  await http(server, "POST", `/store/payment-collections/${payment_collection.id}/payment-sessions`, f.key, { provider_id: "pp_system_default" })
  return cart.id
}

const READS: Endpoint[] = [
  { name: "product list (12, priced)", send: (s, f) => http(s, "GET", `/store/products?limit=12&region_id=${f.regionId}`, f.key) },
  { name: "product by id (priced)", send: (s, f) => http(s, "GET", `/store/products/${f.productId}?region_id=${f.regionId}`, f.key) },
  { name: "categories", send: (s, f) => http(s, "GET", "/store/product-categories?limit=50", f.key) },
  { name: "regions", send: (s, f) => http(s, "GET", "/store/regions", f.key) },
  {
    name: "cart create + add line",
    send: async (s, f) => {
      const { cart } = (await http(s, "POST", "/store/carts", f.key, { region_id: f.regionId })) as { cart: { id: string } }
      return http(s, "POST", `/store/carts/${cart.id}/line-items`, f.key, { variant_id: f.variantId, quantity: 1 })
    },
  },
]
const COMPLETE: Endpoint = {
  name: "cart complete",
  prepare: readyCart,
  send: async (s, f, cartId) => {
    const answer = await http(s, "POST", `/store/carts/${cartId}/complete`, f.key)
    if (answer.type !== "order") throw new Error(`${s.name}: cart ${cartId} did not complete: ${JSON.stringify(answer).slice(0, 300)}`)
  },
}

/** The project's own store routes, as the storefront calls them (project only). */
const OWN: Endpoint[] = [
  { name: "cooperatives", send: (s, f) => http(s, "GET", "/store/cooperatives", f.key) },
  { name: "cooperative profile", send: (s, f) => http(s, "GET", `/store/cooperatives/${f.handle}`, f.key) },
  { name: "impact", send: (s, f) => http(s, "GET", "/store/impact", f.key) },
  { name: "price order", send: (s, f) => http(s, "GET", `/store/catalog/price-order?region_id=${f.regionId}&limit=12`, f.key) },
  { name: "revenue split", send: (s, f) => http(s, "GET", "/store/revenue-split", f.key) },
  { name: "order revenue split", send: (s, f) => http(s, "GET", `/store/orders/${f.orderId}/revenue-split`, f.key) },
]

/** Statements sent while the request was answered, and those sent after the answer left (subscribers) until the server is idle. */
async function counted(endpoint: Endpoint, server: Server, f: Fixtures): Promise<{ during: number; after: number }> {
  const prepared = endpoint.prepare ? await endpoint.prepare(server, f) : ""
  await quiet(server)
  const before = await statements(server)
  await endpoint.send(server, f, prepared)
  const count = (await statements(server)) - before
  await quiet(server)
  const after = (await statements(server)) - before - count
  if (SQL_LOG_DIR) {
    // Which statements one request sent: BENCH_SQL_LOG_DIR=<dir> keeps them, one file per endpoint and server.
    const file = path.join(SQL_LOG_DIR, `${server.name}-${endpoint.name.replace(/[^a-z0-9]+/gi, "-")}.sql`)
    const texts = await (await fetch(`${server.counterUrl}since/${before}`)).text()
    const lines = texts.split("\n")
    fs.appendFileSync(file, `-- ${count} statements\n${lines.slice(0, count).join("\n")}\n-- then ${after} after the answer\n${lines.slice(count, count + after).join("\n")}\n\n`)
  }
  return { during: count, after }
}

/**
 * Both servers, each round in the other order, so neither always runs first
 * (warm caches, CPU bursts). With `idle`, each request waits until both
 * servers send no SQL (one server's subscribers would otherwise run during
 * the other's timed request).
 */
async function measure(endpoint: Endpoint, servers: [Server, Server], f: Fixtures, rounds: number, figures: EndpointFigures, idle = false) {
  for (let round = 0; round < rounds; round++) {
    for (const server of round % 2 ? [...servers].reverse() : servers) {
      const prepared = endpoint.prepare ? await endpoint.prepare(server, f) : ""
      if (idle) await Promise.all(servers.map(quiet))
      const start = performance.now()
      await endpoint.send(server, f, prepared)
      figures[server.name].ms.push(performance.now() - start)
    }
  }
}

function writeVanillaApp(dir: string, databaseUrl: string) {
  fs.mkdirSync(dir, { recursive: true })
  // Medusa's CLI knows a project by these dependencies.
  const version = medusaVersion()
  const dependencies = { "@medusajs/medusa": version, "@medusajs/framework": version, "@medusajs/cli": version }
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "vanilla-medusa-bench", private: true, dependencies }, null, 2))
  // Medusa's defaults and nothing else; the CORS origins only because Medusa requires them.
  fs.writeFileSync(
    path.join(dir, "medusa-config.js"),
    `const { defineConfig } = require("@medusajs/framework/utils")
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: ${JSON.stringify(databaseUrl)},
    http: { storeCors: "http://localhost:8000", adminCors: "http://localhost:9000", authCors: "http://localhost:8000" },
  },
  admin: { disable: true },
})
`
  )
  fs.symlinkSync(path.join(PROJECT, "node_modules"), path.join(dir, "node_modules"), "dir")
}

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "cis-bench-api-"))
  fs.chmodSync(work, 0o755)
  const logFile = path.join(work, "bench.log")
  let db = testDatabaseCandidate(process.env)
  let embedded: EmbeddedPostgresHandle | undefined
  const servers: Server[] = []
  let databaseUrl: string | undefined
  const cleanUp = async () => {
    await Promise.all(servers.map((server) => (server.child ? stopChild(server.child) : undefined)))
    if (databaseUrl) {
      const name = new URL(databaseUrl).pathname.slice(1)
      await withClient(testDatabaseUrl(db), (client) => client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`)).catch(() => undefined)
    }
    await embedded?.stop()
  }
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void cleanUp().finally(() => process.exit(130)))
  try {
    if (await answers(db)) {
      say(`PostgreSQL at ${db.host}:${db.port} as ${db.user}.`)
    } else {
      db = { host: "localhost", port: await freePort(), user: "postgres", password: "postgres" }
      say(`No PostgreSQL answered; starting an embedded one on port ${db.port}.`)
      embedded = await startEmbeddedPostgres({ dataDir: path.join(work, "pg"), port: db.port, user: db.user, password: db.password })
    }
    databaseUrl = testDatabaseUrl(db, `cis_bench_${Date.now()}`)
    await ensureDatabase(databaseUrl)
    const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "development", DISABLE_MEDUSA_ADMIN: "true", MEDUSA_WORKER_MODE: "shared" }
    // One process each, everything in memory: the same setup for both (and no shared Redis between them).
    for (const name of ["REDIS_URL", "DB_HOST", "DB_PORT", "DB_USERNAME", "DB_PASSWORD", "DB_NAME"]) delete env[name]

    say(`Project: ${PROJECT}. Log: ${logFile}`)
    say("Migrating and seeding a fresh database with the project (about a minute)...")
    await run(MEDUSA_BIN, ["db:migrate"], { cwd: PROJECT, env, logFile })
    await run(MEDUSA_BIN, ["exec", "./src/scripts/seed.ts"], { cwd: PROJECT, env, logFile })
    // Every completed cart reserves a unit; the demo stock is small.
    // Medusa reads the raw (BigNumber) column, so both are set.
    await withClient(databaseUrl, (client) =>
      client.query(
        `UPDATE inventory_level SET stocked_quantity = stocked_quantity + 100000,
           raw_stocked_quantity = jsonb_build_object('value', (stocked_quantity + 100000)::text, 'precision', 20)`
      )
    )

    const vanillaDir = path.join(work, "vanilla")
    writeVanillaApp(vanillaDir, databaseUrl)
    for (const [name, cwd] of [["project", PROJECT], ["vanilla", vanillaDir]] as const) {
      const [port, counterPort] = [await freePort(), await freePort()]
      const server: Server = { name, url: `http://localhost:${port}`, counterUrl: `http://127.0.0.1:${counterPort}/` }
      server.child = startService(name, MEDUSA_BIN, ["start"], {
        cwd,
        env: {
          ...env,
          PORT: String(port),
          BENCH_SQL_COUNTER_PORT: String(counterPort),
          NODE_OPTIONS: [env.NODE_OPTIONS, `--require ${COUNTER}`].filter(Boolean).join(" "),
        },
        logFile: path.join(work, `${name}.log`),
        echo: false,
      })
      servers.push(server)
    }
    say("Starting the project's backend and vanilla Medusa...")
    await Promise.all(servers.map((server) => waitForHealth(server)))
    const pair = servers as [Server, Server]
    const [project, vanilla] = pair

    const { publishable_key: key } = (await (await fetch(`${project.url}/public/storefront-config`)).json()) as { publishable_key: string }
    const { regions } = (await http(vanilla, "GET", "/store/regions", key)) as { regions: { id: string; name: string }[] }
    const regionId = regions.find((region) => region.name === "United States")?.id
    if (!regionId) throw new Error("the seed has no United States region")
    const { products } = (await http(vanilla, "GET", "/store/products?limit=1&fields=id,*variants", key)) as { products: { id: string; variants: { id: string }[] }[] }
    const { cooperatives } = (await http(project, "GET", "/store/cooperatives?limit=1", key)) as { cooperatives: { handle: string }[] }
    const fixtures: Fixtures = { key, regionId, productId: products[0]!.id, variantId: products[0]!.variants[0]!.id, handle: cooperatives[0]!.handle, orderId: "" }

    const figures = [...READS, COMPLETE].map((endpoint) => ({ name: endpoint.name, vanilla: { ms: [], sql: [], sqlAfter: [] }, project: { ms: [], sql: [], sqlAfter: [] } }) as EndpointFigures)
    say(`Warming up, then ${ROUNDS} rounds of each request and ${COMPLETES} cart completions per server, interleaved...`)
    for (const [index, endpoint] of READS.entries()) {
      await measure(endpoint, pair, fixtures, WARMUP, { ...figures[index]!, vanilla: { ms: [], sql: [], sqlAfter: [] }, project: { ms: [], sql: [], sqlAfter: [] } })
      await measure(endpoint, pair, fixtures, ROUNDS, figures[index]!)
    }
    await measure(COMPLETE, pair, fixtures, 2, { ...figures[READS.length]!, vanilla: { ms: [], sql: [], sqlAfter: [] }, project: { ms: [], sql: [], sqlAfter: [] } }, true)
    await measure(COMPLETE, pair, fixtures, COMPLETES, figures[READS.length]!, true)

    say(`${ROUNDS} rounds of each of the project's own routes...`)
    const cartId = await readyCart(project, fixtures)
    fixtures.orderId = ((await http(project, "POST", `/store/carts/${cartId}/complete`, key)) as { order: { id: string } }).order.id
    await quiet(project)
    const own: OwnRouteFigures[] = OWN.map((endpoint) => ({ name: endpoint.name, ms: [], sql: [] }))
    for (const [index, endpoint] of OWN.entries()) {
      for (let round = 0; round < WARMUP + ROUNDS; round++) {
        const start = performance.now()
        await endpoint.send(project, fixtures, "")
        if (round >= WARMUP) own[index]!.ms.push(performance.now() - start)
      }
    }

    say("Counting SQL statements per request, each server idle before each request...")
    if (SQL_LOG_DIR) fs.mkdirSync(SQL_LOG_DIR, { recursive: true })
    for (const [index, endpoint] of [...READS, COMPLETE].entries()) {
      for (const server of pair) {
        for (let sample = 0; sample < SQL_SAMPLES; sample++) {
          const { during, after } = await counted(endpoint, server, fixtures)
          figures[index]![server.name].sql.push(during)
          figures[index]![server.name].sqlAfter.push(after)
        }
      }
    }

    for (const [index, endpoint] of OWN.entries()) {
      for (let sample = 0; sample < SQL_SAMPLES; sample++) own[index]!.sql.push((await counted(endpoint, project, fixtures)).during)
    }

    // Other work on the machine moves medians between runs; the load says how busy it was.
    const load = os.loadavg().map((value) => value.toFixed(1)).join(", ")
    say(`\nMedusa ${medusaVersion()} vanilla vs the project, same database, ${os.cpus().length} CPUs, load average ${load} (1, 5, 15 min); ratio = median of the per-round ratios project / vanilla, 95 % order-statistic interval (budget ${BUDGET.toFixed(2)}x)\n`)
    say(table(figures, BUDGET))
    const verdicts = figures.map((row) => ({ name: row.name, verdict: verdict(medianInterval(pairedRatios(row.project.ms, row.vanilla.ms)), BUDGET) }))
    const over = verdicts.filter((row) => row.verdict === "over").map((row) => row.name)
    const unclear = verdicts.filter((row) => row.verdict === "unclear").map((row) => row.name)
    if (over.length) say(`\nOver budget (the whole interval above ${BUDGET.toFixed(2)}x): ${over.join(", ")}.`)
    if (unclear.length) say(`\nNot settled by this run (the interval straddles ${BUDGET.toFixed(2)}x; more BENCH_ROUNDS narrow it): ${unclear.join(", ")}.`)
    if (!over.length && !unclear.length) say("\nEvery endpoint within budget (the whole interval).")
    say(`\nThe project's own store routes (SQL/req includes Medusa's publishable key check, 2 statements on every /store route):\n`)
    say(ownTable(own))
    await cleanUp()
    fs.rmSync(work, { recursive: true, force: true })
  } catch (error) {
    say(`Logs kept in ${work}`)
    throw error
  } finally {
    await cleanUp()
  }
}

function medusaVersion(): string {
  const manifest = path.join(PROJECT, "node_modules", "@medusajs", "medusa", "package.json")
  return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`)
  process.exit(1)
})
