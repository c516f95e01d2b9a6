import type { Advance } from "@cis/contract/advance-response"
import type { Payout } from "@cis/contract/payout-response"
import { contractFields } from "../../contract-fields"
import { listQueryConfig } from "../list-page"

export const payoutFields = contractFields<Payout>()([
  "id",
  "cooperative_id",
  "currency_code",
  "status",
  "up_to",
  "amount",
  "entry_count",
  "created_by",
  "paid_at",
  "reference",
  "method",
  "sent_amount",
  "sent_currency_code",
  "exchange_rate",
  "cancelled_at",
  "created_at",
])

export const advanceFields = contractFields<Advance>()([
  "id",
  "cooperative_id",
  "currency_code",
  "amount",
  "paid_at",
  "reference",
  "method",
  "reason",
  "created_by",
  "created_at",
])

/** GET /admin/payouts */
export const listAdminPayoutsQueryConfig = listQueryConfig(payoutFields, 50)
/** GET /admin/advances */
export const listAdminAdvancesQueryConfig = listQueryConfig(advanceFields, 50)
