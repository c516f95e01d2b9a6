import type { StockChange } from "@cis/contract/stock-change-response"
import { contractFields } from "../../contract-fields"
import { listQueryConfig } from "../list-page"

export const stockChangeFields = contractFields<StockChange>()([
  "id",
  "cooperative_id",
  "coordinator_id",
  "product_id",
  "variant_id",
  "inventory_item_id",
  "location_id",
  "from_quantity",
  "to_quantity",
  "reason",
  "created_at",
])

/** GET /admin/stock-changes */
export const listAdminStockChangesQueryConfig = listQueryConfig(stockChangeFields, 50)
