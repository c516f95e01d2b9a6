/**
 * Basis-point helpers for the dashboard (1 bps = 0.01 %). The arithmetic rules
 * come from the backend's pure split-shares file so both sides agree.
 */
export {
  BPS_WHOLE,
  DEFAULT_COMMUNITY_FUND_BPS,
  isBps,
  cisOperationsBps,
} from "@cis/contract/split-shares"

/**
 * 6200 -> "62.00 %". Integer arithmetic, so no float rounding shows up in
 * a figure staff compare against contracts.
 */
export function formatBps(bps: number | null | undefined): string {
  if (bps === null || bps === undefined || !Number.isInteger(bps)) return "—"
  const sign = bps < 0 ? "-" : ""
  const abs = Math.abs(bps)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")} %`
}

/** Parses a basis-point input: a whole number as typed, or undefined when it is not one. */
export function parseBps(text: string): number | undefined {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) return undefined
  return Number(trimmed)
}
