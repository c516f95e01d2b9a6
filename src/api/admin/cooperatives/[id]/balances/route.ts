import type { AdminCooperativeBalancesResponse } from "@cis/contract/cooperative"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { balanceAsJson } from "../../../../balance-as-json"
import { MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"
import { LEDGER_MODULE } from "../../../../../modules/ledger"
import type LedgerModuleService from "../../../../../modules/ledger/service"

/** Per currency: earned, reversed, adjusted, in draft payouts, paid and the balance owed, in minor units. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminCooperativeBalancesResponse>) => {
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const [cooperative] = await cooperatives.listCooperatives({ id: req.params.id }, { select: ["id"], take: 1 })
  if (!cooperative) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Cooperative with id: ${req.params.id} was not found`)
  res.json({ cooperative_id: cooperative.id, balances: (await req.scope.resolve<LedgerModuleService>(LEDGER_MODULE).cooperativeBalances(cooperative.id)).map(balanceAsJson) })
}
