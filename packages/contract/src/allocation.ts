/**
 * Splits a sale's net item revenue between the cooperative, the community
 * development fund and CIS operations. The ledger, the storefront's "where
 * your money goes" breakdown and the reports all call this one function, so
 * they agree to the minor unit: the parts are integers, they always add up to
 * the total, and the same input always gives the same parts.
 */
import { cisOperationsBps, sharesProblem } from "./split-shares"
import type { LedgerAccount } from "./ledger-vocabulary"

/** The three accounts a sale is split between (the ledger's own vocabulary). */
export type Account = LedgerAccount

export interface SplitShares {
  cooperative_bps: number
  community_fund_bps: number
}

export interface SplitParts {
  cooperative: bigint
  community_fund: bigint
  cis_operations: bigint
}

/**
 * Splits `total` minor units (may be 0 or negative, e.g. a reversal) by the
 * shares, largest remainder, parts sum exactly to total. CIS operations take
 * whatever the two shares leave. When remainders tie, the earlier account in
 * the order cooperative, community_fund, cis_operations gets the extra unit,
 * so any rounding benefit leans toward the producers.
 */
export function splitAmount(total: bigint, shares: SplitShares): SplitParts {
  const { cooperative_bps, community_fund_bps } = shares
  const problem = sharesProblem(cooperative_bps, community_fund_bps)
  if (problem) throw new RangeError(problem)
  const [cooperative, community_fund, cis_operations] = allocateByWeights(total, [
    BigInt(cooperative_bps),
    BigInt(community_fund_bps),
    BigInt(cisOperationsBps(cooperative_bps, community_fund_bps)),
  ]) as [bigint, bigint, bigint]
  return { cooperative, community_fund, cis_operations }
}

/**
 * Generic largest-remainder allocation of `total` over integer weights; ties
 * broken by the lower index (deterministic).
 *
 * Each part is the floor of its exact share or one more, so it lies within one
 * minor unit of the exact value, and a zero weight always gets zero.
 */
export function allocateByWeights(total: bigint, weights: readonly bigint[]): bigint[] {
  if (typeof total !== "bigint") throw new TypeError(`total must be a bigint, got ${typeof total}`)
  let weightSum = 0n
  for (const weight of weights) {
    if (typeof weight !== "bigint" || weight < 0n) {
      throw new RangeError(`weights must be non-negative bigints, got ${String(weight)}`)
    }
    weightSum += weight
  }
  if (weightSum <= 0n) throw new RangeError("weights must have a positive sum")

  // Allocating the magnitude and restoring the sign makes a reversal the exact
  // part-wise negation of the sale it reverses. Flooring a negative total
  // directly would round every part toward minus infinity and move the odd
  // units to different accounts than the original sale got.
  const negative = total < 0n
  const magnitude = negative ? -total : total

  const shares = weights.map((weight, index) => ({
    index,
    part: (magnitude * weight) / weightSum,
    remainder: (magnitude * weight) % weightSum,
  }))
  let leftover = magnitude - shares.reduce((sum, share) => sum + share.part, 0n)

  // Leftover is the sum of the fractional parts, each below one, so it is
  // smaller than the number of positive remainders: every extra unit goes to a
  // part whose exact value it does not overshoot, never to a zero weight.
  const byRemainder = [...shares].sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1
  )
  for (const share of byRemainder) {
    if (leftover === 0n) break
    share.part += 1n
    leftover -= 1n
  }
  const parts = shares.map((share) => share.part)

  return negative ? parts.map((part) => -part) : parts
}
