import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminStockChangeListResponse, StockChange } from "@cis/contract/stock-change-response"
import { listPage } from "../list-page"
import type { AdminGetStockChangesParamsType } from "./validators"

/** Every stock count coordinators set: who, when, from, to and why, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminGetStockChangesParamsType>, res: MedusaResponse<AdminStockChangeListResponse>) => {
  const { rows, ...page } = await listPage<StockChange>(req, "stock_change", req.filterableFields, { created_at: "DESC", id: "ASC" })
  res.json({ stock_changes: rows, ...page })
}
