import { z } from "@medusajs/framework/zod"
import { pageParams, searchText } from "../../../bounds"
import { cooperativeFilters } from "../../cooperatives/validators"

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
    ...cooperativeFilters,
    ...pageParams({ limit: 24, max: 100 }),
  })
  .strict()
export type StoreGetPriceOrderParamsType = z.infer<typeof StoreGetPriceOrderParams>
