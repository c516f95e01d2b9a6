import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreOrderRevenueSplitResponse } from "@cis/contract/revenue-split-response"

type Row = {
  currency_code: string
  account: string | null
  state: string | null
  cooperative_id: string | null
  amount: number | null
  type: string | null
  handle: string | null
  name: string | null
}

/**
 * The order with its split rows and their cooperatives' names in one SQL
 * statement (the store's budget is 2 per request; the order, the ledger's
 * rows and the cooperatives' profiles took three). No row: unknown order; one
 * row with no entry: an order not split yet. A cooperative is named even if
 * staff deleted it since (the money still went to it).
 */
const SPLIT_SQL = `SELECT o.currency_code, e.account, e.state, e.cooperative_id, e.amount, e.type, c.handle, c.name
  FROM "order" o
  LEFT JOIN ledger_entry e ON e.order_id = o.id AND e.deleted_at IS NULL
        AND e.type IN ('sale', 'reversal') AND e.source IN ('order_item', 'shipping')
  LEFT JOIN cooperative c ON c.id = e.cooperative_id
 WHERE o.id = ? AND o.deleted_at IS NULL`

/**
 * Where this order's money goes, as the ledger recorded it: per cooperative
 * and to the fund and CIS, net of any reversal, in minor units, with what
 * still waits for the buyer's payment. Reachable by
 * whoever holds the order id, like Medusa's own GET /store/orders/:id; it
 * carries no buyer data. `recorded` is false until the split is written
 * (a moment after the order is placed).
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse<StoreOrderRevenueSplitResponse>) => {
  const knex: { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: Row[] }> } = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(SPLIT_SQL, [req.params.id])
  if (!rows.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order with id: ${req.params.id} was not found`)
  const order = { currency_code: rows[0]!.currency_code }
  const entries = rows.filter((row) => row.type !== null) as (Row & { amount: number })[]
  const names = new Map(entries.filter((entry) => entry.name !== null).map((entry) => [entry.cooperative_id, { handle: entry.handle!, name: entry.name! }]))

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
  res.json({
    split: {
      currency_code: order.currency_code,
      recorded: entries.some((entry) => entry.type === "sale"),
      /** Whether the buyer's money is in, so these parts are payable (a transfer not yet received leaves them pending). */
      paid: entries.some((entry) => entry.type === "sale") && pending === 0,
      cooperatives: [...byCooperative.entries()]
        .filter(([id]) => names.has(id))
        .map(([id, part]) => ({ id, ...names.get(id)!, ...part }))
        .sort((a, b) => b.amount - a.amount || a.name.localeCompare(b.name)),
      community_fund,
      cis_operations,
    },
  })
}
