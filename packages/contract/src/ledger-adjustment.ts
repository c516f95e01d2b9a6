/** The body of POST /admin/ledger-entries/adjustments, defined once for the route and the dashboard's form. */
import { z } from "zod"
import { ADJUSTMENT_COUNTER_ACCOUNTS } from "./ledger-vocabulary"
import { BEYOND_MAX_MOVEMENT, MAX_MOVEMENT_MINOR, moneyMovement } from "./money-movement"

export const AdminCreateAdjustment = z
  .object({
    ...moneyMovement,
    /** Signed: a credit to the cooperative is positive, a debit negative. */
    amount: moneyMovement.amount
      .refine((amount) => amount !== 0, { message: "amount must not be zero" })
      .refine((amount) => Math.abs(amount) <= MAX_MOVEMENT_MINOR, { message: BEYOND_MAX_MOVEMENT }),
    /** The other side of the movement: who pays a credit to the cooperative, or receives a debit. */
    counter_account: z.enum(ADJUSTMENT_COUNTER_ACCOUNTS, {
      message: `counter_account must name the other side: ${ADJUSTMENT_COUNTER_ACCOUNTS.join(" or ")}`,
    }),
  })
  .strict()
export type AdminCreateAdjustmentType = z.infer<typeof AdminCreateAdjustment>
export type AdminCreateAdjustmentBody = z.input<typeof AdminCreateAdjustment>
