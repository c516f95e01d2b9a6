/**
 * A movement staff record about one cooperative (an adjustment, an advance):
 * the cooperative's row and the counter account's opposite row, so the pair
 * balances by construction. Pure.
 */
import type { LedgerAccount, LedgerEntryDraft, LedgerEntryType, LedgerSource } from "@cis/contract/ledger-vocabulary"

export type CooperativeMovement = {
  type: LedgerEntryType
  source: LedgerSource
  cooperative_id: string
  currency_code: string
  /** Minor units on the cooperative's row: positive credits it, negative debits it. */
  cooperative_amount: number
  /** The other side, which gets the opposite amount. */
  counter_account: LedgerAccount
  /** The amount the movement is about, as staff entered it. */
  base_amount: number
  source_line_id: string | null
  created_by: string
  reason: string
}

export function cooperativeMovementRows(movement: CooperativeMovement): LedgerEntryDraft[] {
  const { cooperative_amount, counter_account, ...shared } = movement
  return (
    [
      ["cooperative", cooperative_amount],
      [counter_account, 0 - cooperative_amount],
    ] as const
  ).map(([account, amount]) => ({ ...shared, account, amount, order_id: null, product_id: null, share_bps: 10_000 }))
}
