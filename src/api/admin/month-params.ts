import { z } from "@medusajs/framework/zod"

/** `?month=YYYY-MM`, for the monthly reports (the ledger summary and the card payments). */
export const AdminMonthParams = z
  .object({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "month must be YYYY-MM, e.g. 2026-11" }),
  })
  .strict()
export type AdminMonthParamsType = z.infer<typeof AdminMonthParams>

/** The first instant of the UTC month and of the next one, from a validated "YYYY-MM". */
export function monthRange(month: string): { from: Date; to: Date } {
  const [year, number] = month.split("-").map(Number)
  return { from: new Date(Date.UTC(year, number - 1, 1)), to: new Date(Date.UTC(year, number, 1)) }
}
