/**
 * `npm run bench:storefront`: builds the storefront and prints the gzipped
 * JavaScript and CSS of the first route (the home page: entry, its imports
 * and the home chunk) and of the whole build; then starts the store as
 * `npm start` does and prints Lighthouse's mobile performance score for the
 * home page and a product page, run with Debian's Chromium, and the time to
 * the first craft on the home and shop pages on a slow phone (1.6 Mbps,
 * 150 ms, 4x CPU through Chromium's DevTools protocol). Prints; asserts
 * nothing. PORT and STOREFRONT_PORT move the store off 9000 and 8000.
 */
import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"
import { spawnSync } from "node:child_process"
import { isPortFree } from "./lib/ports"
import { startStore, stopStore } from "./lib/run-store"
import { median, timeToFirstCraft } from "./lib/slow-phone"

const ROOT = path.resolve(__dirname, "..")
const DIST = path.join(ROOT, "storefront/dist")
const CHROME = process.env.CHROME_PATH || "/usr/bin/chromium"
const PRODUCT_HANDLE = "san-sebastian-hammock"

type Manifest = Record<string, { file: string; css?: string[]; imports?: string[]; dynamicImports?: string[]; isEntry?: boolean }>

const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(DIST, file)), { level: 9 }).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** A chunk with everything it loads before it can run (static imports and CSS). */
function closure(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  keys.forEach(visit)
  return files
}

function sizes(files: Iterable<string>) {
  let js = 0
  let css = 0
  for (const file of files) {
    if (file.endsWith(".js")) js += gzip(file)
    else if (file.endsWith(".css")) css += gzip(file)
  }
  return { js, css }
}

function lighthouse(url: string, name: string): number | undefined {
  const out = path.join(ROOT, "tests/artifacts", `lighthouse-${name}.json`)
  fs.mkdirSync(path.dirname(out), { recursive: true })
  const run = spawnSync(
    path.join(ROOT, "node_modules/.bin/lighthouse"),
    [
      url,
      "--quiet",
      "--only-categories=performance",
      "--output=json",
      `--output-path=${out}`,
      "--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run",
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ["ignore", "ignore", "inherit"] }
  )
  if (run.status !== 0 || !fs.existsSync(out)) return undefined
  const report = JSON.parse(fs.readFileSync(out, "utf8")) as {
    categories: { performance: { score: number | null } }
    audits: Record<string, { displayValue?: string }>
  }
  const audit = (id: string) => report.audits[id]?.displayValue ?? "?"
  process.stdout.write(
    `  ${name.padEnd(8)} LCP ${audit("largest-contentful-paint")}, FCP ${audit("first-contentful-paint")}, TBT ${audit("total-blocking-time")}, CLS ${audit("cumulative-layout-shift")}\n`
  )
  return report.categories.performance.score === null ? undefined : Math.round(report.categories.performance.score * 100)
}

async function main() {
  process.stdout.write("Building the storefront...\n")
  const build = spawnSync("npm", ["run", "build", "-w", "storefront"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] })
  if (build.status !== 0) throw new Error("the storefront build failed")
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST, ".vite/manifest.json"), "utf8")) as Manifest
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!
  const first = sizes(closure(manifest, [entry, "src/app/routes/home.tsx"]))
  const all = sizes(fs.readdirSync(path.join(DIST, "assets")).map((file) => `assets/${file}`))
  process.stdout.write(`\nStorefront size (gzip -9)\n`)
  process.stdout.write(`  first route (home): JS ${kb(first.js)}, CSS ${kb(first.css)}   (target: JS at most 120 KB)\n`)
  process.stdout.write(`  whole build:        JS ${kb(all.js)}, CSS ${kb(all.css)}\n`)

  if (!fs.existsSync(CHROME)) {
    process.stdout.write(`\nNo Chromium at ${CHROME}: Lighthouse skipped (apt-get install -y chromium).\n`)
    return
  }
  const apiPort = Number(process.env.PORT || 9000)
  const shopPort = Number(process.env.STOREFRONT_PORT || 8000)
  for (const port of [apiPort, shopPort]) {
    if (!(await isPortFree(port))) throw new Error(`Port ${port} is busy: stop \`npm start\` before measuring (or set PORT and STOREFRONT_PORT).`)
  }
  const shop = `http://localhost:${shopPort}`
  process.stdout.write("\nStarting the store as `npm start` does (first run builds and seeds)...\n")
  const store = await startStore({ ...process.env })
  try {
    // BENCH_SLOW_PHONE_ONLY=1 skips Lighthouse (two minutes) when only the slow phone is wanted.
    if (process.env.BENCH_SLOW_PHONE_ONLY !== "1") {
      process.stdout.write("Lighthouse, mobile profile (simulated slow 4G, 4x CPU slowdown)\n")
      const home = lighthouse(`${shop}/`, "home")
      const product = lighthouse(`${shop}/products/${PRODUCT_HANDLE}`, "product")
      process.stdout.write(`  performance: home ${home ?? "failed"}, product page ${product ?? "failed"}   (target: at least 90)\n`)
      process.stdout.write("  reports: tests/artifacts/lighthouse-*.json\n")
    }
    process.stdout.write("Slow phone (360x740, 1.6 Mbps down, 150 ms RTT, 4x CPU; first visit, 3 runs each)\n")
    const craft = await timeToFirstCraft(CHROME, shop, ["/", "/shop"])
    for (const [page, times] of Object.entries(craft)) {
      process.stdout.write(`  first craft on ${page.padEnd(5)} median ${(median(times) / 1000).toFixed(2)} s   (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(", ")} s; target: under 2.5 s)\n`)
    }
  } finally {
    await stopStore(store)
  }
}

main().catch((error) => {
  console.error((error as Error).message)
  process.exit(1)
})
