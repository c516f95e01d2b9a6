import { z } from "@medusajs/framework/zod"

export const NoCoordinatorQuery = z.object({}).strict()

export const AcceptCoordinatorInvite = z
  .object({
    token: z.string().min(20, { message: "token is not an invite token" }).max(200),
    password: z.string().min(10, { message: "password must have at least 10 characters" }).max(200),
  })
  .strict()
export type AcceptCoordinatorInviteType = z.infer<typeof AcceptCoordinatorInvite>
