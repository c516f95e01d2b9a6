import { z } from "@medusajs/framework/zod"

export const NoQuery = z.object({}).strict()

/** The body schema is the contract's, shared with the dashboard's form. */
export { AdminUpdateTrustPage, type AdminUpdateTrustPageType } from "@cis/contract/trust-page"
