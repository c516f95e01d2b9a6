import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorProductListResponse } from "@cis/contract/coordinator-response"
import { cooperativeStock } from "../cooperative-stock"
import { portalLocale } from "../portal-locale"

/** In Spanish unless asked otherwise (portal-locale.ts): the caller's cooperative's products, each variant's stock, reservations and availability per location. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorProductListResponse>) => {
  const { cooperative_id } = res.locals.coordinator as { cooperative_id: string }
  res.json({ products: await cooperativeStock(req.scope, cooperative_id, portalLocale(req)) })
}
