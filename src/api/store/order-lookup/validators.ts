import { z } from "@medusajs/framework/zod"

export const StoreOrderLookup = z
  .object({
    email: z.string().trim().email({ message: "email must be an email address" }).max(320),
    display_id: z.coerce.number().int({ message: "display_id must be a whole order number" }).positive().max(2_147_483_647),
  })
  .strict()
export type StoreOrderLookupType = z.infer<typeof StoreOrderLookup>
