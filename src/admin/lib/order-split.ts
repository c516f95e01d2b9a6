/**
 * One order's revenue split from its ledger entries: net per cooperative and
 * account (sales plus their reversals), and totals per account. Staff
 * adjustments are left out: they settle a cooperative's balance, not the order.
 * BigInt sums, so the parts add up to the cent.
 */
import type { LedgerEntry } from "./ledger-api"
import { LEDGER_ACCOUNTS, type LedgerAccount } from "./ledger-vocabulary"

export type AccountAmounts = Record<LedgerAccount, bigint>

export type OrderSplitGroup = {
  /** null for shipping, which belongs to CIS operations alone. */
  cooperative_id: string | null
  amounts: AccountAmounts
}

export type OrderSplit = {
  currency_code: string
  groups: OrderSplitGroup[]
  totals: AccountAmounts
  total: bigint
}

const zero = (): AccountAmounts => ({ cooperative: 0n, community_fund: 0n, cis_operations: 0n })

/** One split per currency (an order has one, but the ledger does not promise it). */
export function summarizeOrderSplit(entries: LedgerEntry[]): OrderSplit[] {
  const byCurrency = new Map<string, Map<string | null, AccountAmounts>>()
  for (const entry of entries) {
    if (entry.type !== "sale" && entry.type !== "reversal") continue
    if (!LEDGER_ACCOUNTS.includes(entry.account)) continue
    const groups = byCurrency.get(entry.currency_code) ?? new Map<string | null, AccountAmounts>()
    byCurrency.set(entry.currency_code, groups)
    const amounts = groups.get(entry.cooperative_id) ?? zero()
    groups.set(entry.cooperative_id, amounts)
    amounts[entry.account] += BigInt(entry.amount)
  }

  return [...byCurrency.entries()].map(([currency_code, groups]) => {
    const totals = zero()
    for (const amounts of groups.values()) {
      for (const account of LEDGER_ACCOUNTS) totals[account] += amounts[account]
    }
    return {
      currency_code,
      // Cooperatives first, shipping last: the cooperative's share is what staff look for.
      groups: [...groups.entries()]
        .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
        .map(([cooperative_id, amounts]) => ({ cooperative_id, amounts })),
      totals,
      total: LEDGER_ACCOUNTS.reduce((sum, account) => sum + totals[account], 0n),
    }
  })
}
