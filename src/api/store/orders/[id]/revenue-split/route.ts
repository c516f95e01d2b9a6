import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"

/**
 * Where this order's money went, as the ledger recorded it: per cooperative
 * and to the fund and CIS, net of any reversal, in minor units. Reachable by
 * whoever holds the order id, like Medusa's own GET /store/orders/:id; it
 * carries no buyer data. `recorded` is false until the split is written
 * (a moment after the order is placed).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "currency_code"], filters: { id: req.params.id } })
  const order = data[0] as { id: string; currency_code: string } | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)

  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const entries = await cooperatives.listLedgerEntries(
    { order_id: order.id, type: ["sale", "reversal"] },
    { select: ["account", "cooperative_id", "amount", "type"] }
  )
  const byCooperative = new Map<string, number>()
  let community_fund = 0
  let cis_operations = 0
  for (const entry of entries) {
    if (entry.account === "cooperative" && entry.cooperative_id) {
      byCooperative.set(entry.cooperative_id, (byCooperative.get(entry.cooperative_id) ?? 0) + entry.amount)
    } else if (entry.account === "community_fund") community_fund += entry.amount
    else if (entry.account === "cis_operations") cis_operations += entry.amount
  }
  const profiles = byCooperative.size
    ? await cooperatives.listCooperatives({ id: [...byCooperative.keys()] }, { select: ["id", "handle", "name"], withDeleted: true })
    : []
  res.json({
    split: {
      currency_code: order.currency_code,
      recorded: entries.some((entry) => entry.type === "sale"),
      cooperatives: profiles
        .map((profile) => ({ id: profile.id, handle: profile.handle, name: profile.name, amount: byCooperative.get(profile.id) ?? 0 }))
        .sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name)),
      community_fund,
      cis_operations,
    },
  })
}
