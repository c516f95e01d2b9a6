import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"
import type { CoordinatorListParamsType } from "../validators"

/** The caller's cooperative's own ledger rows (its share of each sale, reversals, adjustments), newest first. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, CoordinatorListParamsType>, res: MedusaResponse) => {
  const { cooperative_id } = res.locals.coordinator as { cooperative_id: string }
  const { limit, offset } = req.validatedQuery
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const [ledger_entries, count] = await ledger.listAndCountLedgerEntries(
    { cooperative_id, account: "cooperative" },
    {
      select: ["id", "type", "state", "source", "order_id", "product_id", "currency_code", "amount", "base_amount", "share_bps", "reason", "payout_id", "created_at"],
      skip: offset,
      take: limit,
      order: { created_at: "DESC", id: "ASC" },
    }
  )
  res.json({ ledger_entries, count, limit, offset })
}
