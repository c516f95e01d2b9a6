import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CoordinatorBalancesResponse } from "@cis/contract/cooperative"
import { balanceAsJson } from "../../balance-as-json"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

/** What the caller's cooperative has earned, had taken back, been paid and is owed, per currency (minor units). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<CoordinatorBalancesResponse>) => {
  const { cooperative_id } = res.locals.coordinator as { cooperative_id: string }
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  res.json({ balances: (await ledger.cooperativeBalances(cooperative_id)).map(balanceAsJson) })
}
