/** A payout as the routes answer it: amounts in integer minor units (sent_amount in those of sent_currency_code). */
import type { PayoutMethod } from "./cooperative-vocabulary"
import type { OffsetPage } from "./json-date"
import type { PayoutStatus } from "./ledger-vocabulary"

export type Payout = {
  id: string
  cooperative_id: string
  currency_code: string
  status: PayoutStatus
  up_to: string
  amount: number
  entry_count: number
  created_by: string
  paid_at: string | null
  reference: string | null
  method: PayoutMethod | null
  sent_amount: number | null
  sent_currency_code: string | null
  /** Units of sent_currency_code per unit of currency_code (exact decimal), when sent in another currency. */
  exchange_rate: string | null
  cancelled_at: string | null
  created_at: string
}

/** GET /admin/payouts */
export type AdminPayoutListResponse = OffsetPage & { payouts: Payout[] }
/** GET /admin/payouts/:id, POST /admin/payouts, POST .../mark-paid, POST .../cancel */
export type AdminPayoutResponse = { payout: Payout }

/** What a coordinator sees: never who in CIS created it (and the route lists drafts and paid ones only). */
export type CoordinatorPayout = Omit<Payout, "cooperative_id" | "created_by" | "cancelled_at">
/** GET /coordinator/payouts */
export type CoordinatorPayoutListResponse = OffsetPage & { payouts: CoordinatorPayout[] }
