import { z } from "@medusajs/framework/zod"
import { TRUST_PAGE_LIMITS } from "../../../lib/trust-pages"

export const NoQuery = z.object({}).strict()

const text = (field: keyof typeof TRUST_PAGE_LIMITS) =>
  z
    .string({ message: `${field} is required` })
    .trim()
    .min(1, { message: `${field} is required` })
    .max(TRUST_PAGE_LIMITS[field], { message: `${field} is at most ${TRUST_PAGE_LIMITS[field]} characters` })

const PageText = z.object({ title: text("title"), summary: text("summary"), body: text("body") }).strict()

/** The body of POST /admin/trust-pages/:slug: the page's text in English, Spanish or both. */
export const AdminUpdateTrustPage = z
  .object({ en: PageText.optional(), es: PageText.optional() })
  .strict()
  .refine((body) => body.en || body.es, { message: "en or es is required", path: ["en"] })
export type AdminUpdateTrustPageType = z.infer<typeof AdminUpdateTrustPage>
