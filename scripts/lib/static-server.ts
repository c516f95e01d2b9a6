import fs from "node:fs"
import http from "node:http"
import path from "node:path"
import zlib from "node:zlib"
import sirv from "sirv"
import { bootDataSource, firstListOf, firstProductsSource, injectBootData, type BootData } from "./boot-data"
import { routePreloads } from "./route-preloads"

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|map)$/

/**
 * Writes a brotli and a gzip copy beside every text file of the build that
 * lacks a fresh one, so the server sends a third of the bytes without
 * compressing per request. Run at each start: cheap when nothing changed.
 */
export function precompress(distDir: string): void {
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(dir, entry.name)
      return entry.isDirectory() ? walk(full) : COMPRESSIBLE.test(entry.name) ? [full] : []
    })
  for (const file of walk(distDir)) {
    const source = fs.statSync(file)
    for (const [suffix, compress] of [
      [".br", (data: Buffer) => zlib.brotliCompressSync(data, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })],
      [".gz", (data: Buffer) => zlib.gzipSync(data, { level: 9 })],
    ] as const) {
      const target = file + suffix
      if (fs.existsSync(target) && fs.statSync(target).mtimeMs >= source.mtimeMs) continue
      fs.writeFileSync(target, compress(fs.readFileSync(file)))
    }
  }
}

/** Where the storefront calls the API from the browser (storefront/src/lib/config.ts): the build's setting, or the page's host at port 9000. */
const BACKEND_PORT = 9000

/**
 * The storefront's security headers. The content security policy allows
 * what the storefront uses and nothing else: its own files, the API (for
 * data and product images), and Stripe's hosts for the card form (Stripe.js
 * from js.stripe.com, its API, its iframes and 3-D Secure frames on
 * hooks.stripe.com). Inline styles stay allowed: React and Stripe's Payment
 * Element set style attributes. No page may frame the store (clickjacking).
 */
/** The API's origin as the browser reaches it: the build's setting, or the page's host at port 9000. */
function browserBackend(host: string | undefined, env: NodeJS.ProcessEnv): string {
  const configured = env.VITE_MEDUSA_BACKEND_URL?.trim()
  try {
    if (configured) return new URL(configured).origin
    const hostname = new URL(`http://${host ?? "localhost"}`).hostname
    // The Host header is the client's word, and it lands in the security policy and a <link href>:
    // only a plain host name or IP address (URL accepts quotes, `;` and `=` in a host name).
    return `http://${PLAIN_HOSTNAME.test(hostname) ? hostname : "localhost"}:${BACKEND_PORT}`
  } catch {
    return `http://localhost:${BACKEND_PORT}`
  }
}

/** Letters, digits, dots and dashes, or a bracketed IPv6 address. */
const PLAIN_HOSTNAME = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])$/i

export function securityHeaders(host: string | undefined, env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const configured = env.VITE_MEDUSA_BACKEND_URL?.trim()
  const backend = browserBackend(host, env)
  // Behind HTTPS the page's host is reached over https too.
  const backends = configured ? [backend] : [backend, backend.replace(/^http:/, "https:")]
  const policy = [
    "default-src 'self'",
    "script-src 'self' https://js.stripe.com https://*.js.stripe.com",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${backends.join(" ")} https://*.stripe.com`,
    "font-src 'self' data:",
    `connect-src 'self' ${backends.join(" ")} https://api.stripe.com`,
    "frame-src https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ")
  return {
    "Content-Security-Policy": policy,
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(self \"https://js.stripe.com\")",
  }
}

/**
 * Serves the built storefront, with its security headers on every answer
 * (`buildEnv`: the settings the build was made with, for the API's origin). Unknown paths fall back to index.html so the
 * single-page app's own routes survive a reload or a shared link. Hashed
 * files under /assets never change, so browsers keep them for a year;
 * index.html is checked every time, so a new build is picked up at once.
 * With `apiUrl` (the API as this server reaches it), every page carries the
 * publishable key and the regions (./boot-data.ts).
 */
export function serveStorefront(distDir: string, port: number, buildEnv: NodeJS.ProcessEnv = {}, apiUrl?: string): Promise<http.Server> {
  precompress(distDir)
  const assets = sirv(distDir, {
    single: true,
    etag: true,
    brotli: true,
    gzip: true,
    setHeaders: (res, pathname) => {
      res.setHeader("Cache-Control", pathname.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache")
    },
  })
  const boot = apiUrl ? bootDataSource(apiUrl) : undefined
  const firstProducts = apiUrl ? firstProductsSource(apiUrl) : undefined
  // Read at start, not at the first visitor: the key and regions, then the home's and the shop's
  // first crafts for an English and a Spanish visitor (a cold list kept the first page waiting up to 1.5 s).
  void boot?.().then((data) => {
    if (!data) return
    for (const [pathname, language] of [["/", "en-US"], ["/shop", "en-US"], ["/", "es"], ["/shop", "es"]] as const) {
      const list = firstListOf(pathname, "", language, data.regions)
      if (list) void firstProducts!(data.publishable_key, list)
    }
  })
  // The page's boot data: the key and regions, and the first crafts this visitor will see when the page lists some.
  const bootData = boot
    ? async (req: http.IncomingMessage): Promise<BootData | undefined> => {
        const data = await boot()
        const [pathname, search = ""] = (req.url ?? "/").split("?")
        const list = data && firstListOf(pathname!, search, req.headers["accept-language"], data.regions)
        const products = list && (await firstProducts!(data.publishable_key, list))
        return data && products ? { ...data, products } : data
      }
    : undefined
  const preloads = routePreloads(distDir)
  const server = http.createServer((req, res) => {
    for (const [name, value] of Object.entries(securityHeaders(req.headers.host, buildEnv))) res.setHeader(name, value)
    if (bootData && isPage(req)) {
      void servePage(req, res, distDir, bootData, browserBackend(req.headers.host, buildEnv), preloads).catch(() => assets(req, res))
      return
    }
    assets(req, res)
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, () => resolve(server))
  })
}

/** A page of the single-page app (not a file): `/`, `/shop`, `/products/x`, asked for as HTML. */
function isPage(req: http.IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false
  const pathname = (req.url ?? "/").split("?")[0]!
  if (pathname.startsWith("/assets/")) return false
  return (pathname === "/index.html" || !/\.[a-z0-9]+$/i.test(pathname)) && (req.headers.accept ?? "text/html").includes("text/html")
}

async function servePage(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  distDir: string,
  bootData: (req: http.IncomingMessage) => Promise<BootData | undefined>,
  apiOrigin: string,
  preloads: (pathname: string) => string
) {
  const template = await fs.promises.readFile(path.join(distDir, "index.html"), "utf8")
  const pathname = (req.url ?? "/").split("?")[0]!
  const page = injectBootData(template, await bootData(req), apiOrigin).replace("</head>", `${preloads(pathname)}</head>`)
  const html = Buffer.from(page)
  // Small and different per minute: compressed on the fly, never cached.
  const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))
  const body = gzip ? zlib.gzipSync(html) : html
  res.setHeader("Content-Type", "text/html; charset=utf-8")
  res.setHeader("Cache-Control", "no-cache")
  // The first crafts follow the browser's language.
  res.setHeader("Vary", "Accept-Encoding, Accept-Language")
  if (gzip) res.setHeader("Content-Encoding", "gzip")
  res.setHeader("Content-Length", body.length)
  res.end(req.method === "HEAD" ? undefined : body)
}
