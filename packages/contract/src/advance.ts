/** The body of POST /admin/advances (money sent ahead of sales), defined once for the route and the dashboard's form. */
import { z } from "zod"
import { PAYOUT_METHODS } from "./cooperative-vocabulary"
import { BEYOND_MAX_MOVEMENT, MAX_MOVEMENT_MINOR, moneyMovement } from "./money-movement"

export const AdminCreateAdvance = z
  .object({
    ...moneyMovement,
    amount: moneyMovement.amount
      .positive({ message: "amount must be more than zero" })
      .max(MAX_MOVEMENT_MINOR, { message: BEYOND_MAX_MOVEMENT }),
    paid_at: z.coerce.date(),
    reference: z.string().trim().min(1, { message: "reference must not be empty" }).max(200),
    method: z.enum(PAYOUT_METHODS),
  })
  .strict()
export type AdminCreateAdvanceType = z.infer<typeof AdminCreateAdvance>
export type AdminCreateAdvanceBody = z.input<typeof AdminCreateAdvance>
