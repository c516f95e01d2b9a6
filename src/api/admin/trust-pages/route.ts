import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminTrustPageListResponse } from "@cis/contract/trust-page-response"
import { TRUST_PAGE_SLUGS } from "../../../lib/trust-pages"
import { TRUST_PAGE_MODULE } from "../../../modules/trust-page"
import type TrustPageModuleService from "../../../modules/trust-page/service"
import { pageView } from "./trust-page-view"

/** Every trust page with both languages, in the storefront's footer order. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminTrustPageListResponse>) => {
  const pages: TrustPageModuleService = req.scope.resolve(TRUST_PAGE_MODULE)
  const rows = await pages.listTrustPages({})
  res.json({ trust_pages: TRUST_PAGE_SLUGS.map((slug) => pageView(slug, rows)) })
}
