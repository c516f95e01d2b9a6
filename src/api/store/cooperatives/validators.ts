import { z } from "@medusajs/framework/zod"
import { pageParams } from "../../bounds"
import { CooperativeListFilters } from "@cis/contract/list-filters"

/** How a buyer narrows the cooperatives (here, and the crafts in the price order): by producer group and by department. */
export const cooperativeFilters = CooperativeListFilters.pick({ producer_group: true, department: true }).shape

export const StoreGetCooperativesParams = z.object({ ...cooperativeFilters, ...pageParams({ limit: 20, max: 100 }) }).strict()
export type StoreGetCooperativesParamsType = z.infer<typeof StoreGetCooperativesParams>
