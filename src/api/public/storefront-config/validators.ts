import { z } from "@medusajs/framework/zod"

/** The route takes no parameters; anything passed is a mistake worth a 400. */
export const GetStorefrontConfigParams = z.object({}).strict()
