import { z } from "@medusajs/framework/zod"
import { listPageParams } from "../list-page"
import { StockChangeListFilters } from "@cis/contract/list-filters"

export const AdminGetStockChangesParams = listPageParams({ limit: 50, max: 200 })
  .extend(StockChangeListFilters.shape)
  .strict()
export type AdminGetStockChangesParamsType = z.infer<typeof AdminGetStockChangesParams>
