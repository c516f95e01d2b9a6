import { z } from "@medusajs/framework/zod"

export const AdminGetStockChangesParams = z
  .object({
    cooperative_id: z.string().min(1).optional(),
    variant_id: z.string().min(1).optional(),
    coordinator_id: z.string().min(1).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminGetStockChangesParamsType = z.infer<typeof AdminGetStockChangesParams>
