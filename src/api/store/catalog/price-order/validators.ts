import { z } from "@medusajs/framework/zod"
import { listOffset, searchText } from "../../../bounds"
import { DEPARTMENT_CODES, PRODUCER_GROUPS } from "@cis/contract/cooperative-vocabulary"

const oneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)])

/** The shop's filters, as /store/products names them, plus the region whose prices set the order. */
export const StoreGetPriceOrderParams = z
  .object({
    region_id: z.string().min(1),
    /** `price`: cheapest first; `-price`: dearest first. */
    order: z.enum(["price", "-price"]).default("price"),
    q: searchText().optional(),
    category_id: oneOrMany.optional(),
    cooperative_id: z.string().min(1).optional(),
    producer_group: z.enum(PRODUCER_GROUPS).optional(),
    department: z.enum(DEPARTMENT_CODES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(24),
    offset: listOffset(),
  })
  .strict()
export type StoreGetPriceOrderParamsType = z.infer<typeof StoreGetPriceOrderParams>
