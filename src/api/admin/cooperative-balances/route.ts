import type { AdminAllCooperativeBalancesResponse } from "@cis/contract/cooperative"
import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { balanceAsJson } from "../../balance-as-json"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LEDGER_MODULE } from "../../../modules/ledger"
import type LedgerModuleService from "../../../modules/ledger/service"

/** Every cooperative's balances per currency, in minor units, with its name: the payouts page's table in one request. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<AdminAllCooperativeBalancesResponse>) => {
  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const balances = await ledger.allCooperativeBalances()
  const ids = [...new Set(balances.map((b) => b.cooperative_id))]
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // Names through the cooperative module (deleted cooperatives included while they hold entries): the ledger keeps only ids.
  const { data } = ids.length ? await query.graph({ entity: "cooperative", fields: ["id", "name"], filters: { id: ids }, withDeleted: true }) : { data: [] }
  const nameOf = new Map((data as { id: string; name: string }[]).map((c) => [c.id, c.name]))
  res.json({
    balances: balances
      .map((b) => ({ ...balanceAsJson(b), cooperative_name: nameOf.get(b.cooperative_id) ?? b.cooperative_id }))
      .sort((a, b) => a.cooperative_name.localeCompare(b.cooperative_name) || a.currency_code.localeCompare(b.currency_code)),
  })
}
