import { z } from "@medusajs/framework/zod"
import { listPageParams } from "../list-page"
import { knownCurrency } from "@cis/contract/currency-code"
import { PAYOUT_STATUSES } from "@cis/contract/ledger-vocabulary"

/** The body schemas are the contract's, shared with the dashboard's forms. */
export { AdminCreateAdvance, type AdminCreateAdvanceType } from "@cis/contract/advance"
export { AdminCreatePayout, AdminMarkPayoutPaid, type AdminCreatePayoutType, type AdminMarkPayoutPaidType } from "@cis/contract/payout"

export const AdminGetAdvancesParams = listPageParams({ limit: 50, max: 200 })
  .extend({
    cooperative_id: z.string().min(1).optional(),
    currency_code: knownCurrency("currency_code").optional(),
  })
  .strict()
export type AdminGetAdvancesParamsType = z.infer<typeof AdminGetAdvancesParams>

export const AdminGetPayoutsParams = listPageParams({ limit: 50, max: 200 })
  .extend({
    cooperative_id: z.string().min(1).optional(),
    status: z.enum(PAYOUT_STATUSES).optional(),
    currency_code: knownCurrency("currency_code").optional(),
  })
  .strict()
export type AdminGetPayoutsParamsType = z.infer<typeof AdminGetPayoutsParams>

/** Cancelling takes no body; anything sent is a mistake worth a 400. */
