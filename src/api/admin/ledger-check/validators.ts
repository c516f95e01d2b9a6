import { z } from "@medusajs/framework/zod"

/** The Medusa comparison covers orders placed in [from, to); by default the last 90 days. */
export const DEFAULT_CHECK_DAYS = 90
const MAX_CHECK_DAYS = 3660

export const AdminLedgerCheckParams = z
  .object({
    from: z.coerce.date().optional(),
    to: z.coerce.date().optional(),
  })
  .strict()
  .transform(({ from, to }) => {
    const end = to ?? new Date()
    return { from: from ?? new Date(end.getTime() - DEFAULT_CHECK_DAYS * 86_400_000), to: end }
  })
  .refine(({ from, to }) => from <= to, { message: "from must not be after to", path: ["from"] })
  .refine(({ from, to }) => to.getTime() - from.getTime() <= MAX_CHECK_DAYS * 86_400_000, {
    message: `the range must be at most ${MAX_CHECK_DAYS} days`,
    path: ["from"],
  })
export type AdminLedgerCheckParamsType = z.infer<typeof AdminLedgerCheckParams>
