import { z } from "@medusajs/framework/zod"
import { listPageParams } from "../list-page"
import { AdvanceListFilters, PayoutListFilters } from "@cis/contract/list-filters"

/** The body schemas are the contract's, shared with the dashboard's forms. */
export { AdminCreateAdvance, type AdminCreateAdvanceType } from "@cis/contract/advance"
export { AdminCreatePayout, AdminMarkPayoutPaid, type AdminCreatePayoutType, type AdminMarkPayoutPaidType } from "@cis/contract/payout"

export const AdminGetAdvancesParams = listPageParams({ limit: 50, max: 200 })
  .extend(AdvanceListFilters.shape)
  .strict()
export type AdminGetAdvancesParamsType = z.infer<typeof AdminGetAdvancesParams>

export const AdminGetPayoutsParams = listPageParams({ limit: 50, max: 200 })
  .extend(PayoutListFilters.shape)
  .strict()
export type AdminGetPayoutsParamsType = z.infer<typeof AdminGetPayoutsParams>

/** Cancelling takes no body; anything sent is a mistake worth a 400. */
