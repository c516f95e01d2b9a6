import { MedusaError } from "@medusajs/framework/utils"
import { isTrustPageSlug, TRUST_PAGE_LOCALES, type TrustPageSlug } from "../../../lib/trust-pages"
import type TrustPageModuleService from "../../../modules/trust-page/service"
import type { AdminTrustPage } from "@cis/contract/trust-page-response"
import { asJson } from "@cis/contract/json-date"

type Row = Awaited<ReturnType<TrustPageModuleService["listTrustPages"]>>[number]


/** An unknown page is a 404, as an unknown id is. */
export function slugOf(param: string | undefined): TrustPageSlug {
  if (!param || !isTrustPageSlug(param)) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Trust page ${param ?? ""} not found`)
  return param
}

/** One page with its languages side by side, as the dashboard edits it. */
export function pageView(slug: TrustPageSlug, rows: Row[]): AdminTrustPage {
  const view: AdminTrustPage = { slug }
  for (const locale of TRUST_PAGE_LOCALES) {
    const row = rows.find((candidate) => candidate.slug === slug && candidate.locale === locale)
    if (row) view[locale] = asJson({ title: row.title, summary: row.summary, body: row.body, updated_at: row.updated_at, updated_by: row.updated_by })
  }
  return view
}
