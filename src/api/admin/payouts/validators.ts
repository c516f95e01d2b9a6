import { z } from "@medusajs/framework/zod"
import { listOffset } from "../../bounds"
import { knownCurrency } from "@cis/contract/currency-code"
import { PAYOUT_STATUSES } from "@cis/contract/ledger-vocabulary"

/** The body schemas are the contract's, shared with the dashboard's forms. */
export { AdminCreateAdvance, type AdminCreateAdvanceType } from "@cis/contract/advance"
export { AdminCreatePayout, AdminMarkPayoutPaid, type AdminCreatePayoutType, type AdminMarkPayoutPaidType } from "@cis/contract/payout"

export const AdminGetAdvancesParams = z
  .object({
    cooperative_id: z.string().min(1).optional(),
    currency_code: knownCurrency("currency_code").optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminGetAdvancesParamsType = z.infer<typeof AdminGetAdvancesParams>

export const AdminGetPayoutsParams = z
  .object({
    cooperative_id: z.string().min(1).optional(),
    status: z.enum(PAYOUT_STATUSES).optional(),
    currency_code: knownCurrency("currency_code").optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: listOffset(),
  })
  .strict()
export type AdminGetPayoutsParamsType = z.infer<typeof AdminGetPayoutsParams>

/** Cancelling takes no body; anything sent is a mistake worth a 400. */
