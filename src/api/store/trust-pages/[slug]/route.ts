import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { isTrustPageSlug } from "../../../../lib/trust-pages"
import { TRUST_PAGE_MODULE } from "../../../../modules/trust-page"
import type TrustPageModuleService from "../../../../modules/trust-page/service"
import { trustPageLocale } from "../validators"

/** One trust page in the buyer's language; staff notes (who edited it) stay out. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const locale = trustPageLocale(req)
  const slug = req.params.slug
  const pages: TrustPageModuleService = req.scope.resolve(TRUST_PAGE_MODULE)
  const [row] = isTrustPageSlug(slug) ? await pages.listTrustPages({ slug, locale }, { take: 1 }) : []
  if (!row) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Trust page ${slug} not found`)
  res.json({ trust_page: { slug: row.slug, locale: row.locale, title: row.title, summary: row.summary, body: row.body, updated_at: row.updated_at } })
}
