/** A stock count a coordinator set, as GET /admin/stock-changes answers it. */
import type { OffsetPage } from "./json-date"

/** What a stock change records (the set-variant-stock workflow writes exactly this). */
export type StockChangeRecord = {
  cooperative_id: string
  coordinator_id: string
  product_id: string
  variant_id: string
  inventory_item_id: string
  location_id: string
  from_quantity: number
  to_quantity: number
  reason: string | null
}

export type StockChange = StockChangeRecord & { id: string; created_at: string }

/** GET /admin/stock-changes */
export type AdminStockChangeListResponse = OffsetPage & { stock_changes: StockChange[] }
