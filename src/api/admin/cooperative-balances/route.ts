import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

/** Every cooperative's balances per currency, in minor units: the payouts page's table in one request. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  res.json({ balances: await ledger.allCooperativeBalances() })
}
