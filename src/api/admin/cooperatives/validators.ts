import { z } from "@medusajs/framework/zod"
import { listPageParams } from "../list-page"
import { CooperativeListFilters } from "@cis/contract/list-filters"

// The cooperative's bodies are the contract's (packages/contract/src/cooperative.ts): the dashboard checks the same schemas.

export const AdminGetCooperativesParams = listPageParams({ limit: 20, max: 100 })
  .extend(CooperativeListFilters.shape)
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
