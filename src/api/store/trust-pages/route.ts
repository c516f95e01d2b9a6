import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { TRUST_PAGE_SLUGS } from "../../../lib/trust-pages"
import { TRUST_PAGE_MODULE } from "../../../modules/trust-page"
import type TrustPageModuleService from "../../../modules/trust-page/service"
import { trustPageLocale } from "./validators"

/** Titles and summaries of every trust page in one language: the footer's links and the product page's shipping and returns lines. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const locale = trustPageLocale(req)
  const pages: TrustPageModuleService = req.scope.resolve(TRUST_PAGE_MODULE)
  const rows = await pages.listTrustPages({ locale }, { select: ["slug", "title", "summary"] })
  const bySlug = new Map(rows.map((row) => [row.slug, row]))
  const trust_pages = TRUST_PAGE_SLUGS.flatMap((slug) => {
    const row = bySlug.get(slug)
    return row ? [{ slug, title: row.title, summary: row.summary }] : []
  })
  res.json({ locale, trust_pages })
}
