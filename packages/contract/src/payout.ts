/** The bodies of POST /admin/payouts (a draft) and POST /admin/payouts/:id/mark-paid, defined once for the routes and the dashboard's forms. */
import { z } from "zod"
import { PAYOUT_METHODS } from "./cooperative-vocabulary"
import { knownCurrency } from "./currency-code"
import { INT32_MAX, boundedDate } from "./request-bounds"

export const AdminCreatePayout = z
  .object({
    cooperative_id: z.string().min(1),
    currency_code: knownCurrency("currency_code"),
    /** Entries recorded up to this moment are included; now by default. */
    up_to: boundedDate("up_to").optional(),
  })
  .strict()
export type AdminCreatePayoutType = z.infer<typeof AdminCreatePayout>
export type AdminCreatePayoutBody = z.input<typeof AdminCreatePayout>

export const AdminMarkPayoutPaid = z
  .object({
    reference: z.string().trim().min(1, { message: "reference must not be empty" }).max(200),
    paid_at: boundedDate("paid_at"),
    method: z.enum(PAYOUT_METHODS),
    sent_amount: z.number().int({ message: "sent_amount must be whole minor units" }).positive({ message: "sent_amount must be more than zero" })
      .max(INT32_MAX, { message: "sent_amount is beyond what a payout holds" }),
    sent_currency_code: knownCurrency("sent_currency_code"),
  })
  .strict()
export type AdminMarkPayoutPaidType = z.infer<typeof AdminMarkPayoutPaid>
export type AdminMarkPayoutPaidBody = z.input<typeof AdminMarkPayoutPaid>
