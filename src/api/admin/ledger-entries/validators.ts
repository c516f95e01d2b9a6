import { z } from "@medusajs/framework/zod"
import { listPageParams } from "../list-page"
import { LedgerEntryListFilters } from "@cis/contract/list-filters"

export const AdminGetLedgerEntriesParams = listPageParams({ limit: 50, max: 500 })
  .extend(LedgerEntryListFilters.shape)
  .strict()
  .refine((query) => !query.created_from || !query.created_to || query.created_from <= query.created_to, {
    message: "created_from must not be after created_to",
  })
export type AdminGetLedgerEntriesParamsType = z.infer<typeof AdminGetLedgerEntriesParams>
