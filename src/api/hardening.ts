import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findUnholdableInput, urlHasNul } from "../lib/input-guards"
import { trustProxy } from "../lib/trust-proxy"

let configured = false

/**
 * Runs first on every request (a global middleware).
 * - Express's `trust proxy` follows TRUST_PROXY (Medusa sets one hop, which
 *   lets any client choose its address with X-Forwarded-For): `req.ip`, which
 *   the throttles count by, is the socket's peer unless a proxy is declared.
 * - No `X-Powered-By` header.
 * - A NUL character anywhere in the path, query or body, or a number past
 *   2^53, is refused with 400 before any route or query sees it: PostgreSQL
 *   cannot store the one and JavaScript cannot hold the other.
 */
export function hardenHttp(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (!configured) {
    req.app.set("trust proxy", trustProxy(process.env))
    req.app.disable("x-powered-by")
    configured = true
  }
  res.removeHeader("X-Powered-By")
  const found = urlHasNul(req.originalUrl ?? req.url)
    ? { where: "url", problem: "nul" as const }
    : findUnholdableInput(req.query, "query") ?? findUnholdableInput(req.body, "body")
  if (found) {
    res.status(400).json({
      type: "invalid_data",
      message:
        found.problem === "nul"
          ? `${found.where}: the NUL character is not allowed`
          : `${found.where}: the number is out of range`,
    })
    return
  }
  next()
}
