import { z } from "@medusajs/framework/zod"
import { INT32_MAX, boundedDate, listOffset } from "../../bounds"
import { PAYOUT_METHODS } from "@cis/contract/cooperative-vocabulary"
import { currencyDigits } from "@cis/contract/currency"
import { PAYOUT_STATUSES } from "@cis/contract/ledger-vocabulary"

/** A three-letter ISO 4217 code the store can price in, lower-cased. */
export const knownCurrency = (field: string) =>
  z
    .string()
    .regex(/^[a-zA-Z]{3}$/, { message: `${field} must be a three-letter ISO code` })
    .refine(
      (code) => {
        try {
          currencyDigits(code)
          return true
        } catch {
          return false
        }
      },
      { message: `${field} is not a known currency` }
    )
    .transform((code) => code.toLowerCase())

export const AdminCreatePayout = z
  .object({
    cooperative_id: z.string().min(1),
    currency_code: knownCurrency("currency_code"),
    /** Entries recorded up to this moment are included; now by default. */
    up_to: boundedDate("up_to").optional(),
  })
  .strict()
export type AdminCreatePayoutType = z.infer<typeof AdminCreatePayout>

export const AdminMarkPayoutPaid = z
  .object({
    reference: z.string().trim().min(1, { message: "reference must not be empty" }).max(200),
    paid_at: boundedDate("paid_at"),
    method: z.enum(PAYOUT_METHODS),
    sent_amount: z.number().int({ message: "sent_amount must be whole minor units" }).positive({ message: "sent_amount must be more than zero" })
      .max(INT32_MAX, { message: "sent_amount is beyond what a payout holds" }),
    sent_currency_code: knownCurrency("sent_currency_code"),
  })
  .strict()
export type AdminMarkPayoutPaidType = z.infer<typeof AdminMarkPayoutPaid>

export const AdminCreateAdvance = z
  .object({
    cooperative_id: z.string().min(1),
    currency_code: knownCurrency("currency_code"),
    amount: z
      .number()
      .int({ message: "amount must be whole minor units" })
      .positive({ message: "amount must be more than zero" })
      .max(1_000_000_000, { message: "amount is beyond 10,000,000.00" }),
    paid_at: z.coerce.date(),
    reference: z.string().trim().min(1, { message: "reference must not be empty" }).max(200),
    method: z.enum(PAYOUT_METHODS),
    reason: z.string().trim().min(5, { message: "reason must say why, in at least 5 characters" }).max(1000),
  })
  .strict()
export type AdminCreateAdvanceType = z.infer<typeof AdminCreateAdvance>

export const AdminGetAdvancesParams = z
  .object({
    cooperative_id: z.string().min(1).optional(),
    currency_code: knownCurrency("currency_code").optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminGetAdvancesParamsType = z.infer<typeof AdminGetAdvancesParams>

export const AdminGetPayoutsParams = z
  .object({
    cooperative_id: z.string().min(1).optional(),
    status: z.enum(PAYOUT_STATUSES).optional(),
    currency_code: knownCurrency("currency_code").optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: listOffset(),
  })
  .strict()
export type AdminGetPayoutsParamsType = z.infer<typeof AdminGetPayoutsParams>

/** Cancelling takes no body; anything sent is a mistake worth a 400. */
