import type { AdminCooperativeBalancesResponse } from "@cis/contract/cooperative"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { balanceAsJson } from "../../../../balance-as-json"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"
import { LEDGER_MODULE } from "../../../../../modules/ledger"
import type LedgerModuleService from "../../../../../modules/ledger/service"

/** Per currency: earned, reversed, adjusted, in draft payouts, paid and the balance owed, in minor units. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCooperativeBalancesResponse>) => {
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  // 404 for an unknown cooperative, rather than no balances.
  const cooperative = await cooperatives.retrieveCooperative(req.params.id, { select: ["id"] })
  res.json({ cooperative_id: cooperative.id, balances: (await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).cooperativeBalances(cooperative.id)).map(balanceAsJson) })
}
