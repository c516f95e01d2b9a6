import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminTrustPageResponse } from "@cis/contract/trust-page-response"
import { TRUST_PAGE_MODULE } from "../../../../modules/trust-page"
import type TrustPageModuleService from "../../../../modules/trust-page/service"
import { updateTrustPageWorkflow } from "../../../../workflows/update-trust-page"
import { pageView, slugOf } from "../trust-page-view"
import type { AdminUpdateTrustPageType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminTrustPageResponse>) => {
  const slug = slugOf(req.params.slug)
  const pages: TrustPageModuleService = req.scope.resolve(TRUST_PAGE_MODULE)
  res.json({ trust_page: pageView(slug, await pages.listTrustPages({ slug })) })
}

/** Staff rewrite the page in the languages sent; the storefront shows it on its next read. */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateTrustPageType>, res: MedusaResponse<AdminTrustPageResponse>) => {
  const slug = slugOf(req.params.slug)
  const { en, es } = req.validatedBody
  await updateTrustPageWorkflow(req.scope).run({
    input: { slug, texts: { ...(en ? { en } : {}), ...(es ? { es } : {}) }, updated_by: req.auth_context.actor_id },
  })
  const pages: TrustPageModuleService = req.scope.resolve(TRUST_PAGE_MODULE)
  res.json({ trust_page: pageView(slug, await pages.listTrustPages({ slug })) })
}
