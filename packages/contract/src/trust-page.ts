/**
 * The shop's trust pages (about CIS, shipping, returns, privacy, contact):
 * which exist, in which languages, how long their texts may be, and the body
 * of POST /admin/trust-pages/:slug, defined once for the route, the column
 * and the dashboard's form.
 */
import { z } from "zod"

export const TRUST_PAGE_SLUGS = ["about", "shipping", "returns", "privacy", "contact"] as const
export type TrustPageSlug = (typeof TRUST_PAGE_SLUGS)[number]

export const TRUST_PAGE_LOCALES = ["en", "es"] as const
export type TrustPageLocale = (typeof TRUST_PAGE_LOCALES)[number]

export const isTrustPageSlug = (value: string): value is TrustPageSlug => (TRUST_PAGE_SLUGS as readonly string[]).includes(value)

/** Limits the routes, the dashboard form and the column agree on. */
export const TRUST_PAGE_LIMITS = { title: 120, summary: 300, body: 20_000 } as const

export type TrustPageText = { title: string; summary: string; body: string }

const text = (field: keyof typeof TRUST_PAGE_LIMITS) =>
  z
    .string({ message: `${field} is required` })
    .trim()
    .min(1, { message: `${field} is required` })
    .max(TRUST_PAGE_LIMITS[field], { message: `${field} is at most ${TRUST_PAGE_LIMITS[field]} characters` })

/** One language of a page. */
export const TrustPageTextSchema = z.object({ title: text("title"), summary: text("summary"), body: text("body") }).strict()

/** The body of POST /admin/trust-pages/:slug: the page's text in English, Spanish or both. */
export const AdminUpdateTrustPage = z
  .object({ en: TrustPageTextSchema.optional(), es: TrustPageTextSchema.optional() })
  .strict()
  .refine((body) => body.en || body.es, { message: "en or es is required", path: ["en"] })
export type AdminUpdateTrustPageType = z.infer<typeof AdminUpdateTrustPage>
export type AdminUpdateTrustPageBody = z.input<typeof AdminUpdateTrustPage>
