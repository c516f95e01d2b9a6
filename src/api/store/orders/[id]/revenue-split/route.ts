import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COOPERATIVE_MODULE } from "../../../../../modules/cooperative"
import type CooperativeModuleService from "../../../../../modules/cooperative/service"
import { LEDGER_MODULE } from "../../../../../modules/ledger"
import type LedgerModuleService from "../../../../../modules/ledger/service"

/**
 * Where this order's money goes, as the ledger recorded it: per cooperative
 * and to the fund and CIS, net of any reversal, in minor units, with what
 * still waits for the buyer's payment. Reachable by
 * whoever holds the order id, like Medusa's own GET /store/orders/:id; it
 * carries no buyer data. `recorded` is false until the split is written
 * (a moment after the order is placed).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "currency_code"], filters: { id: req.params.id } })
  const order = data[0] as { id: string; currency_code: string } | undefined
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)

  const ledger: LedgerModuleService = req.scope.resolve(LEDGER_MODULE)
  const entries = await ledger.listLedgerEntries(
    { order_id: order.id, type: ["sale", "reversal"], source: ["order_item", "shipping"] },
    { select: ["account", "state", "cooperative_id", "amount", "type"] }
  )
  // Each part as it will be once the buyer's money is in; `pending` says how much of it still waits for that money.
  const byCooperative = new Map<string, { amount: number; pending: number }>()
  let community_fund = 0
  let cis_operations = 0
  let pending = 0
  for (const entry of entries) {
    if (entry.state === "pending" && entry.account !== "tax_payable") pending += entry.amount
    if (entry.account === "cooperative" && entry.cooperative_id) {
      const part = byCooperative.get(entry.cooperative_id) ?? { amount: 0, pending: 0 }
      part.amount += entry.amount
      if (entry.state === "pending") part.pending += entry.amount
      byCooperative.set(entry.cooperative_id, part)
    } else if (entry.account === "community_fund") community_fund += entry.amount
    else if (entry.account === "cis_operations") cis_operations += entry.amount
  }
  const cooperatives: CooperativeModuleService = req.scope.resolve(COOPERATIVE_MODULE)
  const profiles = byCooperative.size
    ? await cooperatives.listCooperatives({ id: [...byCooperative.keys()] }, { select: ["id", "handle", "name"], withDeleted: true })
    : []
  res.json({
    split: {
      currency_code: order.currency_code,
      recorded: entries.some((entry) => entry.type === "sale"),
      /** Whether the buyer's money is in, so these parts are payable (a transfer not yet received leaves them pending). */
      paid: entries.some((entry) => entry.type === "sale") && pending === 0,
      cooperatives: profiles
        .map((profile) => ({ id: profile.id, handle: profile.handle, name: profile.name, ...(byCooperative.get(profile.id) ?? { amount: 0, pending: 0 }) }))
        .sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name)),
      community_fund,
      cis_operations,
    },
  })
}
