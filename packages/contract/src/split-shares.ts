/**
 * Shares of a sale's net item revenue, in basis points (1 bps = 0.01 %).
 * The cooperative and the community fund take theirs; CIS operations keep
 * the remainder, which can never be negative.
 */
export const BPS_WHOLE = 10_000

/** The fund's share before staff set one: 5 %. */
export const DEFAULT_COMMUNITY_FUND_BPS = 500

export function isBps(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= BPS_WHOLE
}

export function cisOperationsBps(cooperativeBps: number, communityFundBps: number): number {
  return BPS_WHOLE - cooperativeBps - communityFundBps
}

/** Why these shares cannot stand together, or undefined when they can. */
export function sharesProblem(cooperativeBps: number, communityFundBps: number): string | undefined {
  if (!isBps(cooperativeBps)) return `a cooperative's share must be a whole number of basis points from 0 to ${BPS_WHOLE}`
  if (!isBps(communityFundBps)) return `the community fund's share must be a whole number of basis points from 0 to ${BPS_WHOLE}`
  if (cisOperationsBps(cooperativeBps, communityFundBps) < 0) {
    return `the cooperative's share (${cooperativeBps} bps) and the community fund's (${communityFundBps} bps) exceed ${BPS_WHOLE} bps together`
  }
  return undefined
}
