/** The body of POST /admin/advances (money sent ahead of sales), defined once for the route and the dashboard's form. */
import { z } from "zod"
import { PAYOUT_METHODS } from "./cooperative-vocabulary"
import { knownCurrency } from "./currency-code"

/** The largest advance, in minor units (10,000,000.00 of a two-decimal currency). */
export const MAX_ADVANCE_MINOR = 1_000_000_000

export const AdminCreateAdvance = z
  .object({
    cooperative_id: z.string().min(1),
    currency_code: knownCurrency("currency_code"),
    amount: z
      .number()
      .int({ message: "amount must be whole minor units" })
      .positive({ message: "amount must be more than zero" })
      .max(MAX_ADVANCE_MINOR, { message: "amount is beyond 10,000,000.00" }),
    paid_at: z.coerce.date(),
    reference: z.string().trim().min(1, { message: "reference must not be empty" }).max(200),
    method: z.enum(PAYOUT_METHODS),
    reason: z.string().trim().min(5, { message: "reason must say why, in at least 5 characters" }).max(1000),
  })
  .strict()
export type AdminCreateAdvanceType = z.infer<typeof AdminCreateAdvance>
export type AdminCreateAdvanceBody = z.input<typeof AdminCreateAdvance>
