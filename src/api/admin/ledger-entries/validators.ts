import { z } from "@medusajs/framework/zod"
import { boundedDate } from "../../bounds"
import { listPageParams } from "../list-page"
import { LEDGER_ACCOUNTS, LEDGER_ENTRY_TYPES, LEDGER_STATES } from "@cis/contract/ledger-vocabulary"

export const AdminGetLedgerEntriesParams = listPageParams({ limit: 50, max: 500 })
  .extend({
    cooperative_id: z.string().min(1).optional(),
    order_id: z.string().min(1).optional(),
    currency_code: z
      .string()
      .regex(/^[a-zA-Z]{3}$/, { message: "currency_code must be a three-letter ISO code" })
      .transform((code) => code.toLowerCase())
      .optional(),
    type: z.enum(LEDGER_ENTRY_TYPES).optional(),
    account: z.enum(LEDGER_ACCOUNTS).optional(),
    state: z.enum(LEDGER_STATES).optional(),
    payout_id: z.string().min(1).optional(),
    created_from: boundedDate("created_from").optional(),
    created_to: boundedDate("created_to").optional(),
  })
  .strict()
  .refine((query) => !query.created_from || !query.created_to || query.created_from <= query.created_to, {
    message: "created_from must not be after created_to",
  })
export type AdminGetLedgerEntriesParamsType = z.infer<typeof AdminGetLedgerEntriesParams>
