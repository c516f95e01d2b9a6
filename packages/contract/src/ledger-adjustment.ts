/** The body of POST /admin/ledger-entries/adjustments, defined once for the route and the dashboard's form. */
import { z } from "zod"
import { knownCurrency } from "./currency-code"
import { ADJUSTMENT_COUNTER_ACCOUNTS } from "./ledger-vocabulary"

/** The largest adjustment, in minor units (10,000,000.00 of a two-decimal currency). */
export const MAX_ADJUSTMENT_MINOR = 1_000_000_000

export const AdminCreateAdjustment = z
  .object({
    cooperative_id: z.string().min(1),
    currency_code: knownCurrency("currency_code"),
    amount: z
      .number()
      .int({ message: "amount must be a whole number of minor units (cents)" })
      .refine((amount) => amount !== 0, { message: "amount must not be zero" })
      .refine((amount) => Math.abs(amount) <= MAX_ADJUSTMENT_MINOR, { message: "amount is beyond 10,000,000.00" }),
    /** The other side of the movement: who pays a credit to the cooperative, or receives a debit. */
    counter_account: z.enum(ADJUSTMENT_COUNTER_ACCOUNTS, {
      message: `counter_account must name the other side: ${ADJUSTMENT_COUNTER_ACCOUNTS.join(" or ")}`,
    }),
    reason: z.string().trim().min(5, { message: "reason must say why, in at least 5 characters" }).max(1000),
  })
  .strict()
export type AdminCreateAdjustmentType = z.infer<typeof AdminCreateAdjustment>
export type AdminCreateAdjustmentBody = z.input<typeof AdminCreateAdjustment>
