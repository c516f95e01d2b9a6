import { z } from "@medusajs/framework/zod"
import { listOffset } from "../../bounds"
import { DEPARTMENT_CODES, PRODUCER_GROUPS } from "@cis/contract/cooperative-vocabulary"

export const StoreGetCooperativesParams = z
  .object({
    producer_group: z.enum(PRODUCER_GROUPS).optional(),
    department: z.enum(DEPARTMENT_CODES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    offset: listOffset(),
  })
  .strict()
export type StoreGetCooperativesParamsType = z.infer<typeof StoreGetCooperativesParams>

