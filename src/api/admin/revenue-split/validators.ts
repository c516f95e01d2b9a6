import { z } from "@medusajs/framework/zod"

export const AdminUpdateRevenueSplit = z.object({ community_fund_bps: z.number().int().min(0).max(10_000) }).strict()
export type AdminUpdateRevenueSplitType = z.infer<typeof AdminUpdateRevenueSplit>
