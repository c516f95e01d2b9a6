/** An advance as the routes answer it: money paid ahead of sales, in integer minor units. */
import type { PayoutMethod } from "./cooperative-vocabulary"
import type { OffsetPage } from "./json-date"

export type Advance = {
  id: string
  cooperative_id: string
  currency_code: string
  amount: number
  paid_at: string
  reference: string
  method: PayoutMethod
  reason: string
  created_by: string
  created_at: string
}

/** GET /admin/advances */
export type AdminAdvanceListResponse = OffsetPage & { advances: Advance[] }
/** POST /admin/advances */
export type AdminAdvanceResponse = { advance: Advance }
