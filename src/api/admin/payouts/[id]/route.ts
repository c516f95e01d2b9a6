import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPayoutResponse } from "@cis/contract/payout-response"
import { asJson } from "@cis/contract/json-date"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type LedgerModuleService from "../../../../modules/ledger/service"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPayoutResponse>) => {
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const payout = await ledger.retrievePayout(req.params.id)
  res.json({ payout: asJson(payout) })
}
