import { fromMinorUnits } from "@cis/contract/currency"
import type { OrderRevenueSplit } from "@cis/contract/revenue-split-response"

export type SplitRow =
  /** `pending`: the part of the amount still awaiting the buyer's payment (major units), when only part of it is. */
  | { kind: "cooperative"; id: string; handle: string; name: string; amount: string; pending?: string }
  | { kind: "community_fund" | "cis_operations"; amount: string }

/**
 * The ledger's minor-unit amounts as major-unit strings for formatPrice, with
 * their exact sum: the total row adds integers, never displayed floats.
 */
export function splitRows(split: OrderRevenueSplit): { rows: SplitRow[]; total: string } {
  const currency = split.currency_code
  const major = (minor: number | bigint) => fromMinorUnits(minor, currency)
  const rows: SplitRow[] = [
    ...split.cooperatives.map((cooperative) => ({
      kind: "cooperative" as const,
      id: cooperative.id,
      handle: cooperative.handle,
      name: cooperative.name,
      amount: major(cooperative.amount),
      // Wholly pending says the notice above the table; only a partly paid share is worth naming per row.
      ...(cooperative.pending > 0 && cooperative.pending < cooperative.amount ? { pending: major(cooperative.pending) } : {}),
    })),
    { kind: "community_fund", amount: major(split.community_fund) },
    { kind: "cis_operations", amount: major(split.cis_operations) },
  ]
  const total = split.cooperatives.reduce((sum, cooperative) => sum + BigInt(cooperative.amount), BigInt(split.community_fund) + BigInt(split.cis_operations))
  return { rows, total: major(total) }
}
