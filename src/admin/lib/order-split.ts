/**
 * One order's revenue split from its ledger rows: per cooperative and account
 * (its sales plus their reversals), what is payable (the buyer's money is in)
 * and what is pending (not paid yet), and the totals per account. The clearing
 * side of the movements, card fees and staff adjustments are left out: they
 * are the money's source, CIS's cost and a balance's settlement, not the
 * order's split. BigInt sums, so the parts add up to the minor unit.
 */
import type { LedgerEntry } from "./ledger-api"
import type { LedgerAccount, LedgerState } from "./ledger-vocabulary"

/** What the order's money is split into: the three shares and the tax inside it. */
export const ORDER_SPLIT_ACCOUNTS = ["cooperative", "community_fund", "cis_operations", "tax_payable"] as const satisfies readonly LedgerAccount[]
export type OrderSplitAccount = (typeof ORDER_SPLIT_ACCOUNTS)[number]

export type StateAmounts = Record<LedgerState, bigint>
export type AccountAmounts = Record<OrderSplitAccount, StateAmounts>

export type OrderSplitGroup = {
  /** null for shipping and order-level rows (money held for a refund), which belong to CIS operations and tax. */
  cooperative_id: string | null
  amounts: AccountAmounts
}

/**
 * - `unpaid`: nothing captured yet, every share pending;
 * - `partly_paid`: some payable, some still pending;
 * - `paid`: nothing pending;
 * - `empty`: the rows add up to nothing (e.g. cancelled before payment).
 */
export type OrderPaymentState = "unpaid" | "partly_paid" | "paid" | "empty"

export type OrderSplit = {
  currency_code: string
  groups: OrderSplitGroup[]
  totals: AccountAmounts
  /** Sums over every account: payable is what was captured less refunded, pending what the buyer still owes. */
  total: StateAmounts
  payment: OrderPaymentState
}

const zeroState = (): StateAmounts => ({ pending: 0n, payable: 0n })
const zero = (): AccountAmounts => ({
  cooperative: zeroState(),
  community_fund: zeroState(),
  cis_operations: zeroState(),
  tax_payable: zeroState(),
})

const isSplitAccount = (account: string): account is OrderSplitAccount =>
  (ORDER_SPLIT_ACCOUNTS as readonly string[]).includes(account)

function paymentState(total: StateAmounts): OrderPaymentState {
  if (total.pending === 0n) return total.payable === 0n ? "empty" : "paid"
  return total.payable === 0n ? "unpaid" : "partly_paid"
}

/** One split per currency (an order has one, but the ledger does not promise it). */
export function summarizeOrderSplit(entries: LedgerEntry[]): OrderSplit[] {
  const byCurrency = new Map<string, Map<string | null, AccountAmounts>>()
  for (const entry of entries) {
    if (entry.type !== "sale" && entry.type !== "reversal") continue
    if (!isSplitAccount(entry.account)) continue
    const state: LedgerState = entry.state === "pending" ? "pending" : "payable"
    const groups = byCurrency.get(entry.currency_code) ?? new Map<string | null, AccountAmounts>()
    byCurrency.set(entry.currency_code, groups)
    const amounts = groups.get(entry.cooperative_id) ?? zero()
    groups.set(entry.cooperative_id, amounts)
    amounts[entry.account][state] += BigInt(entry.amount)
  }

  return [...byCurrency.entries()].map(([currency_code, groups]) => {
    const totals = zero()
    const total = zeroState()
    for (const amounts of groups.values()) {
      for (const account of ORDER_SPLIT_ACCOUNTS) {
        for (const state of ["pending", "payable"] as const) {
          totals[account][state] += amounts[account][state]
          total[state] += amounts[account][state]
        }
      }
    }
    return {
      currency_code,
      // Cooperatives first, shipping last: the cooperative's share is what staff look for.
      groups: [...groups.entries()]
        .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b)))
        .map(([cooperative_id, amounts]) => ({ cooperative_id, amounts })),
      totals,
      total,
      payment: paymentState(total),
    }
  })
}

/** Whether an account has anything to show in a group (both states zero hides the row). */
export function hasAmounts(amounts: StateAmounts): boolean {
  return amounts.payable !== 0n || amounts.pending !== 0n
}
