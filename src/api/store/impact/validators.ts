import { z } from "@medusajs/framework/zod"

export const StoreGetImpactParams = z.object({}).strict()
