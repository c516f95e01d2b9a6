/**
 * Display and input helpers for money and dates. Amounts arrive as integer
 * minor units; they are turned into exact decimal strings (never divided as
 * floats) before Intl formats them, so what staff read is what the ledger holds.
 */
import { currencyDigits, fromMinorUnits, toMinorUnits } from "@cis/contract/currency"

/** The currency's minor-unit digits, or undefined for a code the browser does not know. */
export function digitsOf(currencyCode: string): number | undefined {
  try {
    return currencyDigits(currencyCode)
  } catch {
    return undefined
  }
}

/** (2450, "usd") -> "$24.50"; (-300, "eur") -> "-€3.00". Falls back to the raw figure rather than hiding it. */
export function formatMoney(minor: number | bigint, currencyCode: string): string {
  const code = currencyCode.toUpperCase()
  const digits = digitsOf(code)
  if (digits === undefined || (typeof minor === "number" && !Number.isSafeInteger(minor))) {
    return `${String(minor)} ${code} (minor units)`
  }
  const major = fromMinorUnits(minor, code) as Intl.StringNumericLiteral
  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: code,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(major)
  } catch {
    return `${major} ${code}`
  }
}

/** Minor units as the plain decimal staff would type: (125000, "usd") -> "1250.00". */
export function toMajorInput(minor: number, currencyCode: string): string {
  return digitsOf(currencyCode) === undefined ? "" : fromMinorUnits(minor, currencyCode)
}

const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/

/**
 * A typed major amount ("1250.5") as integer minor units, by string arithmetic.
 * More decimals than the currency has are refused rather than rounded: a
 * payout record must say exactly what left the bank.
 */
export function parseMajorAmount(text: string, currencyCode: string): { minor: number } | { error: string } {
  const digits = digitsOf(currencyCode)
  if (digits === undefined) return { error: "Choose a currency first" }
  const match = PLAIN_DECIMAL.exec(text.trim())
  if (!match) return { error: digits ? "A number such as 1250.00 (digits and a dot)" : "A whole number such as 1250" }
  if ((match[2]?.length ?? 0) > digits) {
    return { error: digits ? `At most ${digits} decimals in ${currencyCode.toUpperCase()}` : `${currencyCode.toUpperCase()} has no decimals` }
  }
  const minor = toMinorUnits(match[0], currencyCode)
  if (minor <= 0n) return { error: "More than zero" }
  if (minor > BigInt(Number.MAX_SAFE_INTEGER)) return { error: "Too large" }
  return { minor: Number(minor) }
}

/** Sums integer minor units exactly, whatever their count. */
export function sumMinor(amounts: Iterable<number>): bigint {
  let total = 0n
  for (const amount of amounts) total += BigInt(amount)
  return total
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "—"
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: "medium" })
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return "—"
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })
}

const pad = (value: number) => String(value).padStart(2, "0")

/** Today in the browser's calendar as a date input value: "2025-03-07". */
export function todayInput(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/** This month as a month input value: "2025-03". */
export function currentMonthInput(now = new Date()): string {
  return todayInput(now).slice(0, 7)
}

const DATE_INPUT = /^\d{4}-\d{2}-\d{2}$/
export const MONTH_INPUT = /^\d{4}-(0[1-9]|1[0-2])$/

export function isDateInput(text: string): boolean {
  return DATE_INPUT.test(text) && !Number.isNaN(new Date(`${text}T00:00:00`).getTime())
}

/**
 * The first and last moment of a calendar day in the browser's time zone
 * (a date-time without "Z" is local time), so "to 31 May" includes all of 31 May.
 */
export function startOfDayIso(date: string): string {
  return new Date(`${date}T00:00:00.000`).toISOString()
}

export function endOfDayIso(date: string): string {
  return new Date(`${date}T23:59:59.999`).toISOString()
}

/**
 * The moment recorded for money that left on a given day: a past day is sent
 * as noon UTC, which falls on that same calendar day in every time zone staff
 * work in; today is sent as the current moment.
 */
export function paidOnIso(day: string, now = new Date()): string {
  return day === todayInput(now) ? now.toISOString() : `${day}T12:00:00.000Z`
}

/** "1 entry", "3 entries": counts in sentences staff read. */
export function countOf(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}
