import { z } from "@medusajs/framework/zod"
import type { MedusaRequest } from "@medusajs/framework/http"
import type { TrustPageLocale } from "../../../lib/trust-pages"

/**
 * No query of their own: the language comes the way Medusa's own store
 * routes take it (`?locale=` or the `x-medusa-locale` header, which Medusa
 * moves to `req.locale` before validation).
 */
export const StoreTrustPageParams = z.object({}).strict()

/** Spanish for any Spanish locale ("es", "es-SV"), English otherwise: the pages exist in those two. */
export function trustPageLocale(req: MedusaRequest<unknown>): TrustPageLocale {
  const tag = (req as { locale?: unknown }).locale
  return typeof tag === "string" && tag.toLowerCase().split("-")[0] === "es" ? "es" : "en"
}
