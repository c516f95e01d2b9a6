/**
 * The rate at which a payout was sent in another currency: units of the sent
 * currency per unit of the payout's, as an exact decimal string (10 decimals,
 * half up). Pure; amounts are integer minor units of their own currencies.
 */
import { currencyDigits } from "@cis/contract/currency"
import { mulDivHalfUp } from "./decimal"

const RATE_DIGITS = 10

export function exchangeRate(from: { amount: number; currency_code: string }, to: { amount: number; currency_code: string }): string {
  if (!Number.isSafeInteger(from.amount) || from.amount <= 0) throw new RangeError(`the payout's amount must be positive, got ${from.amount}`)
  if (!Number.isSafeInteger(to.amount) || to.amount <= 0) throw new RangeError(`the amount sent must be positive, got ${to.amount}`)
  // rate = (to / 10^dTo) / (from / 10^dFrom), scaled by 10^RATE_DIGITS.
  const dFrom = currencyDigits(from.currency_code)
  const dTo = currencyDigits(to.currency_code)
  const numerator = BigInt(to.amount) * 10n ** BigInt(dFrom + RATE_DIGITS)
  const denominator = BigInt(from.amount) * 10n ** BigInt(dTo)
  const scaled = mulDivHalfUp(numerator, 1n, denominator).toString().padStart(RATE_DIGITS + 1, "0")
  return `${scaled.slice(0, -RATE_DIGITS)}.${scaled.slice(-RATE_DIGITS)}`.replace(/\.?0+$/, "")
}
