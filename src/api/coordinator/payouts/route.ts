import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorPayoutListResponse } from "@cis/contract/payout-response"
import { asJson } from "@cis/contract/json-date"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { CoordinatorListParamsType } from "../validators"

/** The caller's cooperative's payouts, newest first; who in CIS created them is staff business and left out. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CoordinatorListParamsType>, res: MedusaResponse<CoordinatorPayoutListResponse>) => {
  const { cooperative_id } = res.locals.coordinator as { cooperative_id: string }
  const { limit, offset } = req.validatedQuery
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const [payouts, count] = await ledger.listAndCountPayouts(
    { cooperative_id, status: ["draft", "paid"] },
    {
      select: ["id", "currency_code", "status", "up_to", "amount", "entry_count", "paid_at", "reference", "method", "sent_amount", "sent_currency_code", "exchange_rate", "created_at"],
      skip: offset,
      take: limit,
      order: { created_at: "DESC" },
    }
  )
  res.json({ payouts: asJson(payouts), count, limit, offset })
}
