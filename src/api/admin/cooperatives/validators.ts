import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { COOPERATIVE_STATUSES, DEPARTMENT_CODES, PRODUCER_GROUPS } from "@cis/contract/cooperative-vocabulary"

// The cooperative's bodies are the contract's (packages/contract/src/cooperative.ts): the dashboard checks the same schemas.

export const AdminGetCooperativesParams = createFindParams({ limit: 20, offset: 0 })
  .extend({
    order: z.enum(["name", "-name", "created_at", "-created_at", "share_bps", "-share_bps"]).default("name"),
    q: z.string().trim().min(1).optional(),
    status: z.enum(COOPERATIVE_STATUSES).optional(),
    producer_group: z.enum(PRODUCER_GROUPS).optional(),
    department: z.enum(DEPARTMENT_CODES).optional(),
  })
  .strict()
export type AdminGetCooperativesParamsType = z.infer<typeof AdminGetCooperativesParams>

const productIds = z.array(z.string().min(1)).max(500)
export const AdminAssignCooperativeProducts = z
  .object({ add: productIds.optional(), remove: productIds.optional() })
  .strict()
  .refine((body) => (body.add?.length ?? 0) + (body.remove?.length ?? 0) > 0, {
    message: "add or remove must list at least one product id",
  })
export type AdminAssignCooperativeProductsType = z.infer<typeof AdminAssignCooperativeProducts>
