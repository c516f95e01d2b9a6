/**
 * The dashboard's trust page form (pure part): it refuses what the route
 * refuses, naming the language and field, and sends trimmed text in both
 * languages.
 */
import { initialTrustPageValues, toTrustPageBody, validateTrustPage } from "../../src/admin/lib/trust-page-form"
import { DEFAULT_TRUST_PAGES, TRUST_PAGE_LIMITS } from "../../src/lib/trust-pages"
import { AdminUpdateTrustPage } from "../../src/api/admin/trust-pages/validators"

const saved = {
  slug: "returns" as const,
  en: { ...DEFAULT_TRUST_PAGES.returns.en, updated_at: "2026-12-01T00:00:00Z", updated_by: "user_1" },
  es: { ...DEFAULT_TRUST_PAGES.returns.es, updated_at: "2026-12-01T00:00:00Z", updated_by: "user_1" },
}

describe("trust page form", () => {
  it("starts from the saved text in both languages, and from blanks for a language never written", () => {
    expect(initialTrustPageValues(saved)).toEqual({ en: DEFAULT_TRUST_PAGES.returns.en, es: DEFAULT_TRUST_PAGES.returns.es })
    expect(initialTrustPageValues({ slug: "returns", en: saved.en }).es).toEqual({ title: "", summary: "", body: "" })
  })

  it("refuses an empty or too long field, saying which language and field", () => {
    const values = initialTrustPageValues(saved)
    const errors = validateTrustPage({ ...values, es: { ...values.es, title: "  ", summary: "s".repeat(TRUST_PAGE_LIMITS.summary + 1) } })
    expect(errors).toEqual({ "es.title": "Required: the title", "es.summary": `At most ${TRUST_PAGE_LIMITS.summary} characters` })
    expect(validateTrustPage(values)).toEqual({})
  })

  it("sends trimmed text the route accepts as it is", () => {
    const values = initialTrustPageValues(saved)
    const body = toTrustPageBody({ ...values, en: { ...values.en, title: "  Returns  ", body: "\nLine one\n\n- item\n" } })
    expect(body.en).toEqual({ title: "Returns", summary: DEFAULT_TRUST_PAGES.returns.en.summary, body: "Line one\n\n- item" })
    expect(AdminUpdateTrustPage.parse(body)).toEqual(body)
  })

  it("keeps the default texts within the limits staff are held to", () => {
    for (const languages of Object.values(DEFAULT_TRUST_PAGES)) {
      for (const text of Object.values(languages)) expect(AdminUpdateTrustPage.safeParse({ en: text }).success).toBe(true)
    }
  })
})
