import type { MedusaContainer } from "@medusajs/framework/types"
import { DEFAULT_TRUST_PAGES, TRUST_PAGE_LOCALES, TRUST_PAGE_SLUGS } from "../lib/trust-pages"
import { TRUST_PAGE_MODULE } from "../modules/trust-page"
import type TrustPageModuleService from "../modules/trust-page/service"

/**
 * Once, at `medusa db:migrate`: every trust page in every language gets the
 * default text where it has none, so a new store and one upgraded with
 * `npm start` both show about, shipping, returns, privacy and contact pages
 * from the start. Rows staff already wrote are left alone.
 */
export default async function seedTrustPages({ container }: { container: MedusaContainer }) {
  const pages: TrustPageModuleService = container.resolve(TRUST_PAGE_MODULE)
  const existing = await pages.listTrustPages({}, { select: ["slug", "locale"] })
  const have = new Set(existing.map((page) => `${page.slug}/${page.locale}`))
  const missing = TRUST_PAGE_SLUGS.flatMap((slug) =>
    TRUST_PAGE_LOCALES.filter((locale) => !have.has(`${slug}/${locale}`)).map((locale) => ({ slug, locale, ...DEFAULT_TRUST_PAGES[slug][locale] }))
  )
  if (missing.length) await pages.createTrustPages(missing)
}
