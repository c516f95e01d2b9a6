import { z } from "@medusajs/framework/zod"
import { listOffset } from "../../bounds"

export const AdminGetStockChangesParams = z
  .object({
    cooperative_id: z.string().min(1).optional(),
    variant_id: z.string().min(1).optional(),
    coordinator_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: listOffset(),
  })
  .strict()
export type AdminGetStockChangesParamsType = z.infer<typeof AdminGetStockChangesParams>
