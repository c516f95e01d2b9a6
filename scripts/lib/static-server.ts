import fs from "node:fs"
import http from "node:http"
import path from "node:path"
import zlib from "node:zlib"
import sirv from "sirv"

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

/**
 * Serves the built storefront. Unknown paths fall back to index.html so the
 * single-page app's own routes survive a reload or a shared link. Hashed
 * files under /assets never change, so browsers keep them for a year;
 * index.html is checked every time, so a new build is picked up at once.
 */
export function serveStorefront(distDir: string, port: number): Promise<http.Server> {
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
  const server = http.createServer((req, res) => assets(req, res))
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, () => resolve(server))
  })
}
