import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { reconcileOrders } from "../jobs/reconcile-ledger"
import type { LedgerEntryDraft } from "@cis/contract/ledger-vocabulary"
import { LEDGER_MODULE } from "../modules/ledger"
import type LedgerModuleService from "../modules/ledger/service"

type Balance = { cooperative_id: string; currency_code: string; pending: number; balance: number; paid: number }

/**
 * Brings books written before the ledger was double entry to its rules, by
 * appending rows (never editing old ones), once, when `medusa db:migrate`
 * runs after the upgrade (Medusa records it in `script_migrations`; a run
 * interrupted half-way is picked up again and skips what is done):
 * - one-sided adjustments get their counter-entry on CIS operations;
 * - card fees get their card-fees side;
 * - paid payouts get their movement (and a short or excess payment in the
 *   payout's currency its difference, carried to the next payout);
 * - every order is recomputed: its missing clearing side, its tax, and its
 *   shares moved to pending where the buyer has not paid.
 * It ends with a summary of what changed per cooperative and currency.
 */
export default async function upgradeLedgerToDoubleEntry({ container }: { container: MedusaContainer }) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const ledger: LedgerModuleService = container.resolve(LEDGER_MODULE)
  const before = (await ledger.allCooperativeBalances()) as Balance[]

  const legacy = await ledger.listLedgerEntries({ transaction_id: null, order_id: null }, { take: null })
  const counters = new Set(legacy.filter((row) => row.type === "adjustment" && row.account !== "cooperative").map((row) => row.source_line_id))
  const adjustments = legacy.filter((row) => row.type === "adjustment" && row.account === "cooperative" && !counters.has(row.id))
  const counterRows: LedgerEntryDraft[] = adjustments.map((row) => ({
    account: "cis_operations",
    type: "adjustment",
    source: "manual",
    cooperative_id: row.cooperative_id,
    order_id: null,
    // The counter-entry names the adjustment it completes, so a second run finds it.
    source_line_id: row.id,
    product_id: null,
    currency_code: row.currency_code,
    amount: 0 - row.amount,
    base_amount: row.base_amount,
    share_bps: 10_000,
    created_by: "system:upgrade",
    reason: `counter-entry of adjustment ${row.id} (recorded one-sided before double entry; borne by CIS operations)`,
  }))

  const fees = await ledger.listLedgerEntries({ type: "fee" }, { take: null })
  const feeSides = new Set(fees.filter((row) => row.account === "card_fees").map((row) => row.source_line_id))
  const feeRows: LedgerEntryDraft[] = fees
    .filter((row) => row.account === "cis_operations" && !feeSides.has(row.source_line_id))
    .map((row) => ({
      account: "card_fees",
      type: "fee",
      source: "card_payment",
      cooperative_id: null,
      order_id: row.order_id,
      source_line_id: row.source_line_id,
      product_id: null,
      currency_code: row.currency_code,
      amount: 0 - row.amount,
      base_amount: row.base_amount,
      share_bps: 0,
      created_by: "system:upgrade",
      reason: `card-fees side of ${row.reason ?? "a card processing fee"} (recorded one-sided before double entry)`,
    }))
  if (counterRows.length || feeRows.length) await ledger.createLedgerEntries([...counterRows, ...feeRows])

  const paid = await ledger.listPayouts({ status: "paid" }, { take: null })
  const settled = new Set((await ledger.listLedgerEntries({ type: "payout", source: "payout" }, { select: ["source_line_id"], take: null })).map((r) => r.source_line_id))
  let payoutMovements = 0
  for (const payout of paid.filter((p) => !settled.has(p.id))) {
    await ledger.writePayoutMovement({
      id: payout.id,
      cooperative_id: payout.cooperative_id,
      currency_code: payout.currency_code,
      amount: payout.amount,
      reference: payout.reference ?? payout.id,
      sent_amount: payout.sent_amount ?? payout.amount,
      sent_currency_code: payout.sent_currency_code ?? payout.currency_code,
      created_by: "system:upgrade",
    })
    payoutMovements += 1
  }

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = await query.graph({ entity: "order", fields: ["id"], filters: { is_draft_order: false } })
  const result = await reconcileOrders(
    container,
    (orders as { id: string }[]).map((o) => o.id),
    "upgrade.double-entry",
    "brought to the double-entry ledger's rules on upgrade"
  )

  const after = (await ledger.allCooperativeBalances()) as Balance[]
  const key = (b: Balance) => `${b.cooperative_id} ${b.currency_code}`
  const was = new Map(before.map((b) => [key(b), b]))
  const lines = after
    .map((now) => {
      const old = was.get(key(now))
      return old && old.balance === now.balance && old.pending === now.pending
        ? null
        : `  ${key(now).toUpperCase()}: payable unpaid ${old?.balance ?? 0} -> ${now.balance}, pending ${old?.pending ?? 0} -> ${now.pending} (minor units)`
    })
    .filter(Boolean)
  logger.info(
    [
      `Ledger upgraded to double entry: ${counterRows.length} adjustments got their counter-entry, ${feeRows.length} card fees their card-fees side, ` +
        `${payoutMovements} paid payouts their movement; ${result.corrected} of ${result.checked} orders corrected with ${result.written} rows` +
        (result.failed ? `; ${result.failed} orders failed (the repair job retries them): ${result.failures.map((f) => f.order_id).join(", ")}` : ""),
      ...(lines.length ? ["Cooperative balances that changed:", ...(lines as string[])] : ["No cooperative balance changed."]),
    ].join("\n")
  )
  return { counters: counterRows.length, fees: feeRows.length, payouts: payoutMovements, orders: result }
}
