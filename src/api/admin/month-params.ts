import { z } from "@medusajs/framework/zod"

/** `?month=YYYY-MM`, for the monthly reports (the ledger summary and the card payments). */
export const AdminMonthParams = z
  .object({
    // Years 1970 to 2999: the month after a 9999-12 report would be year 10000, which PostgreSQL cannot read.
    month: z.string().regex(/^(19[7-9]\d|2\d{3})-(0[1-9]|1[0-2])$/, { message: "month must be YYYY-MM between 1970-01 and 2999-12, e.g. 2026-11" }),
  })
  .strict()
export type AdminMonthParamsType = z.infer<typeof AdminMonthParams>

/** The first instant of the UTC month and of the next one, from a validated "YYYY-MM". */
export function monthRange(month: string): { from: Date; to: Date } {
  const [year, number] = month.split("-").map(Number)
  return { from: new Date(Date.UTC(year, number - 1, 1)), to: new Date(Date.UTC(year, number, 1)) }
}
