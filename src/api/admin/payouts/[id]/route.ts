import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { AdminPayoutResponse } from "@cis/contract/payout-response"
import { asJson } from "@cis/contract/json-date"
import { MedusaError } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../../modules/ledger"
import type LedgerModuleService from "../../../../modules/ledger/service"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminPayoutResponse>) => {
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const [payout] = await ledger.listPayouts({ id: req.params.id }, { take: 1 })
  if (!payout) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout with id: ${req.params.id} was not found`)
  res.json({ payout: asJson(payout) })
}
