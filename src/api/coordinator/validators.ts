import { z } from "@medusajs/framework/zod"
import { pageParams } from "../bounds"

/** The statement's language: the portal's. */
export const CoordinatorStatementQuery = z.object({ lang: z.enum(["es", "en"]).optional() }).strict()
export type CoordinatorStatementQueryType = z.infer<typeof CoordinatorStatementQuery>

export const AcceptCoordinatorInvite = z
  .object({
    token: z.string().min(20, { message: "token is not an invite token" }).max(200),
    password: z.string().min(10, { message: "password must have at least 10 characters" }).max(200),
  })
  .strict()
export type AcceptCoordinatorInviteType = z.infer<typeof AcceptCoordinatorInvite>

export const CoordinatorSetStock = z
  .object({
    quantity: z.number().int({ message: "quantity must be a whole number" }).min(0, { message: "quantity must not be negative" }).max(1_000_000),
    location_id: z.string().min(1).optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .strict()
export type CoordinatorSetStockType = z.infer<typeof CoordinatorSetStock>

export const CoordinatorListParams = z.object(pageParams({ limit: 20, max: 100 })).strict()
export type CoordinatorListParamsType = z.infer<typeof CoordinatorListParams>

/** `payment=awaiting`: orders whose bank transfer has not arrived (not to prepare yet); `payment=ready`: the rest. */
export const CoordinatorOrdersParams = CoordinatorListParams.extend({ payment: z.enum(["awaiting", "ready"]).optional() }).strict()
export type CoordinatorOrdersParamsType = z.infer<typeof CoordinatorOrdersParams>

/** Medusa's password update with a reset token: the new password and nothing else, at least 10 characters as at the invite. */
export const CoordinatorUpdatePassword = z
  .object({
    password: z.string().min(10, { message: "password must have at least 10 characters" }).max(200),
  })
  .strict()
