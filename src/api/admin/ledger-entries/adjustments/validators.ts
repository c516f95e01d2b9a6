import { z } from "@medusajs/framework/zod"
import { currencyDigits } from "../../../../lib/currency"

export const AdminCreateAdjustment = z
  .object({
    cooperative_id: z.string().min(1),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, { message: "currency_code must be a three-letter ISO code" })
      .refine(
        (code) => {
          try {
            currencyDigits(code)
            return true
          } catch {
            return false
          }
        },
        { message: "currency_code is not a known currency" }
      )
      .transform((code) => code.toLowerCase()),
    amount: z
      .number()
      .int({ message: "amount must be a whole number of minor units (cents)" })
      .refine((amount) => amount !== 0, { message: "amount must not be zero" })
      .refine((amount) => Math.abs(amount) <= 1_000_000_000, { message: "amount is beyond 10,000,000.00" }),
    reason: z.string().trim().min(5, { message: "reason must say why, in at least 5 characters" }).max(1000),
  })
  .strict()
export type AdminCreateAdjustmentType = z.infer<typeof AdminCreateAdjustment>
