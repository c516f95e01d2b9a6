/**
 * The trust page form: both languages of one page, checked with the same
 * limits the route applies (src/lib/trust-pages.ts), and the request body.
 */
import { z } from "zod"
import { TRUST_PAGE_LIMITS, type TrustPageText } from "../../lib/trust-pages"
import type { AdminTrustPage, TrustPageBody } from "./trust-pages-api"

const text = (field: keyof typeof TRUST_PAGE_LIMITS, label: string) =>
  z
    .string()
    .trim()
    .min(1, `Required: the ${label}`)
    .max(TRUST_PAGE_LIMITS[field], `At most ${TRUST_PAGE_LIMITS[field]} characters`)

const languageSchema = z.object({ title: text("title", "title"), summary: text("summary", "summary"), body: text("body", "page text") })

export const trustPageFormSchema = z.object({ en: languageSchema, es: languageSchema })
export type TrustPageFormValues = z.infer<typeof trustPageFormSchema>

export const TRUST_PAGE_FIELDS = ["title", "summary", "body"] as const

const blank: TrustPageText = { title: "", summary: "", body: "" }

export function initialTrustPageValues(saved: AdminTrustPage | undefined): TrustPageFormValues {
  const pick = (language: TrustPageText | undefined): TrustPageText =>
    language ? { title: language.title, summary: language.summary, body: language.body } : { ...blank }
  return { en: pick(saved?.en), es: pick(saved?.es) }
}

export function toTrustPageBody(values: TrustPageFormValues): TrustPageBody {
  const trim = (language: TrustPageText): TrustPageText => ({ title: language.title.trim(), summary: language.summary.trim(), body: language.body.trim() })
  return { en: trim(values.en), es: trim(values.es) }
}
