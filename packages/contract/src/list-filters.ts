import { z } from "zod"
import { COOPERATIVE_STATUSES, DEPARTMENT_CODES, PRODUCER_GROUPS } from "./cooperative-vocabulary"
import { knownCurrency } from "./currency-code"
import { LEDGER_ACCOUNTS, LEDGER_ENTRY_TYPES, LEDGER_STATES, PAYOUT_STATUSES } from "./ledger-vocabulary"
import { boundedDate } from "./request-bounds"

/**
 * The filters each admin list takes, beside its page (`limit`, `offset`,
 * Medusa's `fields`), which the route adds. The routes validate their query
 * with these shapes and the dashboard types the queries it sends by them, so
 * a filter is named and bounded once.
 */
const recordId = z.string().min(1)

export const CooperativeListFilters = z.object({
  order: z.enum(["name", "-name", "created_at", "-created_at", "share_bps", "-share_bps"]).default("name"),
  q: z.string().trim().min(1).optional(),
  status: z.enum(COOPERATIVE_STATUSES).optional(),
  producer_group: z.enum(PRODUCER_GROUPS).optional(),
  department: z.enum(DEPARTMENT_CODES).optional(),
})

export const PayoutListFilters = z.object({
  cooperative_id: recordId.optional(),
  status: z.enum(PAYOUT_STATUSES).optional(),
  currency_code: knownCurrency("currency_code").optional(),
})

export const AdvanceListFilters = z.object({
  cooperative_id: recordId.optional(),
  currency_code: knownCurrency("currency_code").optional(),
})

export const StockChangeListFilters = z.object({
  cooperative_id: recordId.optional(),
  variant_id: recordId.optional(),
  coordinator_id: recordId.optional(),
})

/** Dates are both inclusive; the route refuses a start after the end. */
export const LedgerEntryListFilters = z.object({
  cooperative_id: recordId.optional(),
  order_id: recordId.optional(),
  currency_code: z
    .string()
    .regex(/^[a-zA-Z]{3}$/, { message: "currency_code must be a three-letter ISO code" })
    .transform((code) => code.toLowerCase())
    .optional(),
  type: z.enum(LEDGER_ENTRY_TYPES).optional(),
  account: z.enum(LEDGER_ACCOUNTS).optional(),
  state: z.enum(LEDGER_STATES).optional(),
  payout_id: recordId.optional(),
  created_from: boundedDate("created_from").optional(),
  created_to: boundedDate("created_to").optional(),
})

/** What a client puts in a list's query string for these filters: dates as ISO text. */
export type ListFilterQuery<Filters extends z.ZodObject> = {
  [Key in keyof z.input<Filters>]?: Key extends keyof z.output<Filters>
    ? z.output<Filters>[Key] extends Date | undefined
      ? string
      : z.input<Filters>[Key]
    : never
}
