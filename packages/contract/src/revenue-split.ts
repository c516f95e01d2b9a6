/** The body of POST /admin/revenue-split (the community fund's share), defined once for the route and the dashboard's settings page. */
import { z } from "zod"

export const AdminUpdateRevenueSplit = z.object({ community_fund_bps: z.number().int().min(0).max(10_000) }).strict()
export type AdminUpdateRevenueSplitType = z.infer<typeof AdminUpdateRevenueSplit>
export type AdminUpdateRevenueSplitBody = z.input<typeof AdminUpdateRevenueSplit>
