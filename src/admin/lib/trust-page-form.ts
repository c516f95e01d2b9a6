/**
 * The trust page form: both languages of one page, the request body, and its
 * check by the contract's schema for the route (its limits, one definition).
 */
import { AdminUpdateTrustPage, TRUST_PAGE_LOCALES, type TrustPageLocale, type TrustPageText } from "@cis/contract/trust-page"
import { checkForm, type ContractFormRules } from "./contract-form"
import type { AdminTrustPage, TrustPageBody } from "./trust-pages-api"

export type TrustPageFormValues = Record<TrustPageLocale, TrustPageText>

export const TRUST_PAGE_FIELDS = ["title", "summary", "body"] as const

/** How each text is called on screen. */
export const TRUST_PAGE_FIELD_LABELS: Record<(typeof TRUST_PAGE_FIELDS)[number], string> = { title: "Title", summary: "Summary", body: "Page text" }

const blank: TrustPageText = { title: "", summary: "", body: "" }

export function initialTrustPageValues(saved: AdminTrustPage | undefined): TrustPageFormValues {
  const pick = (language: TrustPageText | undefined): TrustPageText =>
    language ? { title: language.title, summary: language.summary, body: language.body } : { ...blank }
  return { en: pick(saved?.en), es: pick(saved?.es) }
}

/** Both languages, trimmed: the form edits them side by side. */
export function toTrustPageBody(values: TrustPageFormValues): TrustPageBody {
  const trim = (language: TrustPageText): TrustPageText => ({ title: language.title.trim(), summary: language.summary.trim(), body: language.body.trim() })
  return { en: trim(values.en), es: trim(values.es) }
}

const required = (label: string) => (issue: { code: string }) => (issue.code === "too_small" || issue.code === "invalid_type" ? `Required: the ${label}` : undefined)

/** A refusal outlines one language's field ("es.title"). */
export const trustPageRules: ContractFormRules<TrustPageFormValues> = {
  schema: AdminUpdateTrustPage,
  toBody: toTrustPageBody,
  depth: 2,
  messages: Object.fromEntries(
    TRUST_PAGE_LOCALES.flatMap((locale) =>
      TRUST_PAGE_FIELDS.map((field) => [`${locale}.${field}`, required(TRUST_PAGE_FIELD_LABELS[field].toLowerCase())])
    )
  ),
}

/** Every field the values leave wrong, by "language.field", with its message (empty when the page may be saved). */
export const validateTrustPage = (values: TrustPageFormValues) => checkForm(trustPageRules, values)
