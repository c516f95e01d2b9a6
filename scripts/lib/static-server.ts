import http from "node:http"
import sirv from "sirv"

/**
 * Serves the built storefront. Unknown paths fall back to index.html so the
 * single-page app's own routes survive a reload or a shared link.
 */
export function serveStorefront(distDir: string, port: number): Promise<http.Server> {
  const assets = sirv(distDir, { single: true, etag: true, gzip: true, maxAge: 0, immutable: false })
  const server = http.createServer((req, res) => assets(req, res))
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, () => resolve(server))
  })
}
