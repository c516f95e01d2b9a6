import { z } from "@medusajs/framework/zod"

export const AdminCardReportParams = z
  .object({
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "month must be YYYY-MM, e.g. 2026-11" }),
  })
  .strict()
export type AdminCardReportParamsType = z.infer<typeof AdminCardReportParams>
