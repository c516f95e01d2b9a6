import { z } from "@medusajs/framework/zod"
import { pageParams } from "../../bounds"
import { DEPARTMENT_CODES, PRODUCER_GROUPS } from "@cis/contract/cooperative-vocabulary"

/** How a buyer narrows the cooperatives (here, and the crafts in the price order): by producer group and by department. */
export const cooperativeFilters = {
  producer_group: z.enum(PRODUCER_GROUPS).optional(),
  department: z.enum(DEPARTMENT_CODES).optional(),
}

export const StoreGetCooperativesParams = z.object({ ...cooperativeFilters, ...pageParams({ limit: 20, max: 100 }) }).strict()
export type StoreGetCooperativesParamsType = z.infer<typeof StoreGetCooperativesParams>
