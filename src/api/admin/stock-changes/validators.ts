import { z } from "@medusajs/framework/zod"
import { listPageParams } from "../list-page"

export const AdminGetStockChangesParams = listPageParams({ limit: 50, max: 200 })
  .extend({
    cooperative_id: z.string().min(1).optional(),
    variant_id: z.string().min(1).optional(),
    coordinator_id: z.string().min(1).optional(),
  })
  .strict()
export type AdminGetStockChangesParamsType = z.infer<typeof AdminGetStockChangesParams>
